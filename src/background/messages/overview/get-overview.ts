/** `getOverview`: every site with cookies in every store, one row each (the all-sessions page's view model). */
import type { Overview } from "../../../messaging/overview-types.ts";
import { auditAllStores, type OverviewDeps } from "../../overview/all-cookies.ts";
import { overviewSites } from "../../overview/overview-sites.ts";
import { updateFirstSeen } from "../../stores/first-seen-store.ts";

export async function getOverview(deps: OverviewDeps): Promise<Overview> {
	const audits = await auditAllStores(deps);
	const now = deps.now();
	const all = audits.flatMap((a) => a.cookies.map((c) => c.cookie));
	const groups = audits.map((a) => ({
		storeId: a.storeId,
		private: a.private,
		cookies: a.cookies.map((c) => c.cookie),
	}));
	const firstSeen = await updateFirstSeen(deps, groups, Math.floor(now));
	return {
		now,
		cookieCount: all.length,
		stores: audits.map((a) => a.storeId),
		sites: audits.flatMap((a) => overviewSites(a, firstSeen)),
	};
}
