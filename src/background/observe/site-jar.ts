/** The observer's reads of the jar and tabs: a site's cookies in one store, and a tab's store. */
import type { CookieIdentity } from "../../core/cookie.ts";
import { siteOf } from "../../core/site/site-key.ts";
import type { CookiePort } from "../../platform/cookie-port.ts";
import type { TabPort } from "../../platform/tab-port.ts";

/** Every cookie of the site's domains in the store, partitioned copies too (MDN cookies.getAll, partitionKey). */
export function siteJarOf(cookies: Pick<CookiePort, "getAll">) {
	return async (site: string, storeId: string | undefined): Promise<CookieIdentity[]> => {
		const all = await cookies.getAll({
			domain: site,
			partitionKey: {},
			...(storeId === undefined ? {} : { storeId }),
		});
		return all.filter((c) => siteOf(c.domain) === site);
	};
}

/** The tab's store; undefined when the tab is gone (closed before its sign-in was handled). */
export function storeOfTab(tabs: Pick<TabPort, "get">) {
	return async (tabId: number): Promise<string | undefined> => {
		try {
			return (await tabs.get(tabId)).storeId;
		} catch {
			return undefined;
		}
	};
}
