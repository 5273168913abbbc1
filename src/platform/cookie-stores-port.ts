/** The browser's cookie stores (default, private/incognito, Firefox containers), for the all-sessions overview. */
import { browser } from "./browser.ts";

export interface CookieStoresPort {
	/** Ids of the stores the browser reports, the default store first. */
	storeIds(): Promise<string[]>;
}

/**
 * `cookies.getAllCookieStores()` lists the stores that have open tabs: an incognito or private store only
 * while such a window is open, a Firefox container only while one of its tabs is
 * (MDN cookies.getAllCookieStores). Cookies of a container with no open tab are not listed.
 */
export function createBrowserCookieStoresPort(): CookieStoresPort {
	return {
		async storeIds() {
			const stores = await browser.cookies.getAllCookieStores();
			return stores.map((s) => s.id);
		},
	};
}
