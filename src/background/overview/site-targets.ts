/** The jar as the overview's bulk actions select from it: every cookie with the site and store it belongs to. */
import type { OverviewTarget } from "../../messaging/overview-types.ts";
import type { DeleteDeps } from "../jar/delete-and-remember.ts";
import type { SavedCookie } from "../jar/saved-cookie.ts";
import { auditAllStores, type OverviewDeps } from "./all-cookies.ts";

export type BulkDeps = OverviewDeps & DeleteDeps;

export const targetKey = (t: OverviewTarget) => `${t.storeId}\u0000${t.site}`;

export interface TargetedCookie {
	saved: SavedCookie;
	key: string;
	/** In a private window's store. */
	private: boolean;
}

export async function jarWithTargets(deps: BulkDeps): Promise<TargetedCookie[]> {
	const audits = await auditAllStores(deps);
	return audits.flatMap((a) =>
		a.cookies.map(({ site, ...saved }) => ({
			saved,
			key: targetKey({ site, storeId: a.storeId }),
			private: a.private,
		})),
	);
}
