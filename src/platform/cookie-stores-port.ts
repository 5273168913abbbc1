/** The browser's cookie stores (default, private/incognito, Firefox containers), for the all-sessions overview. */
import { browser } from "./browser.ts";

export interface CookieStoreInfo {
	id: string;
	/** A private (Firefox) or incognito (Chrome) window's store: nothing of it may be kept on disk. */
	private: boolean;
}

export interface CookieStoresPort {
	/** The stores the browser reports, the default store first. */
	stores(): Promise<CookieStoreInfo[]>;
}

/**
 * Chrome's incognito store is "1" and its CookieStore has no `incognito` field
 * (https://developer.chrome.com/docs/extensions/reference/api/cookies#type-CookieStore); Firefox's has
 * `incognito` (MDN cookies.CookieStore; its private store is "firefox-private").
 */
export function isPrivateStore(store: { id: string; incognito?: boolean }): boolean {
	return store.incognito ?? store.id === "1";
}

/**
 * `cookies.getAllCookieStores()` lists the stores that have open tabs: an incognito or private store only
 * while such a window is open, a Firefox container only while one of its tabs is
 * (MDN cookies.getAllCookieStores). Cookies of a container with no open tab are not listed.
 */
export function createBrowserCookieStoresPort(): CookieStoresPort {
	return {
		async stores() {
			const stores = (await browser.cookies.getAllCookieStores()) as { id: string; incognito?: boolean }[];
			return stores.map((s) => ({ id: s.id, private: isPrivateStore(s) }));
		},
	};
}
