/** Every cookie of every cookie store, audited per store: the overview's and the bulk actions' view of the jar. */
import { auditSites } from "../../core/audit/audit-sites.ts";
import { type Cookie, identityKey } from "../../core/cookie.ts";
import type { SiteReport } from "../../core/report.ts";
import type { CookieStoresPort } from "../../platform/cookie-stores-port.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import type { BackgroundDeps } from "../deps.ts";
import type { SavedCookie } from "../jar/saved-cookie.ts";

export type JarDeps = Pick<BackgroundDeps, "cookies" | "settings" | "now"> & {
	cookieStores: CookieStoresPort;
};

/** The overview also keeps when it first saw each cookie, in `storage.local`. */
export type OverviewDeps = JarDeps & { local: StoragePort; session: StoragePort };

export interface StoreAudit {
	storeId: string;
	/** A private window's store: what is learnt about its cookies stays in memory (storage.session). */
	private: boolean;
	sites: SiteReport[];
	/** Each audited cookie with its record as read from the jar (needed to delete it exactly) and its site. */
	cookies: (SavedCookie & { site: string })[];
}

export async function auditAllStores(deps: JarDeps): Promise<StoreAudit[]> {
	const settings = await deps.settings();
	const now = deps.now();
	const audits: StoreAudit[] = [];
	for (const { id: storeId, private: isPrivate } of await deps.cookieStores.stores()) {
		// `partitionKey: {}` lists partitioned (CHIPS, Total Cookie Protection) copies too (MDN cookies.getAll).
		const jar: Cookie[] = await deps.cookies.getAll({ storeId, partitionKey: {} });
		// No page URLs: the overview is about the jar, not about how some page uses it.
		const sites = auditSites({ subjects: jar.map((cookie) => ({ cookie })), now, settings, pageUrls: [] });
		const byKey = new Map(jar.map((c) => [identityKey(c), c]));
		const cookies = sites.flatMap(({ site, cookies: reports }) =>
			reports.flatMap((report) => {
				const cookie = byKey.get(identityKey(report));
				return cookie ? [{ cookie, report, site }] : [];
			}),
		);
		audits.push({ storeId, private: isPrivate, sites, cookies });
	}
	return audits;
}
