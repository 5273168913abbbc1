/**
 * A site's cookies as a site action sees them: every cookie whose domain belongs to the site (all its
 * subdomains), in the tab's store, in every partition, each with its audited report (role included).
 */
import { auditSites } from "../../core/audit/audit-sites.ts";
import { identityKey } from "../../core/cookie.ts";
import { originPattern } from "../../core/site/origin-pattern.ts";
import { siteOf } from "../../core/site/site-key.ts";
import type { BackgroundDeps } from "../deps.ts";
import type { SavedCookie } from "./saved-cookie.ts";

type SiteDeps = Pick<BackgroundDeps, "cookies" | "tabs" | "permissions" | "settings" | "now">;

async function assertAccess(deps: SiteDeps, site: string): Promise<void> {
	const patterns = ["https", "http"].map((scheme) => originPattern(`${scheme}://${site}/`));
	const granted = await Promise.all(patterns.map((p) => deps.permissions.hasOrigins([p])));
	if (!granted.some(Boolean)) {
		throw new Error(`Session Hygiene has no access to ${site}: allow access to the site, then try again.`);
	}
}

export async function siteCookies(deps: SiteDeps, tabId: number, site: string): Promise<SavedCookie[]> {
	const tab = await deps.tabs.get(tabId);
	// `partitionKey: {}` lists partitioned (CHIPS, Total Cookie Protection) copies too (MDN cookies.getAll).
	const all = await deps.cookies.getAll({ domain: site, storeId: tab.storeId, partitionKey: {} });
	const cookies = all.filter((c) => siteOf(c.domain) === site);
	if (cookies.length === 0) await assertAccess(deps, site);
	const [report] = auditSites({
		subjects: cookies.map((cookie) => ({ cookie })),
		now: deps.now(),
		settings: await deps.settings(),
		pageUrls: [tab.url],
	});
	const byKey = new Map((report?.cookies ?? []).map((r) => [identityKey(r), r]));
	return cookies.flatMap((cookie) => {
		const r = byKey.get(identityKey(cookie));
		return r ? [{ cookie, report: r }] : [];
	});
}

/** Session and CSRF cookies: what signs a user in, and the token bound to that session. */
export const isSessionBound = (saved: SavedCookie) => saved.report.role !== "other";
