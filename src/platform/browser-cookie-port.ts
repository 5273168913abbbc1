import { browser } from "./browser.ts";
import {
	fromBrowserCookie,
	toBrowserDeleteDetails,
	toBrowserQuery,
	toBrowserSetDetails,
} from "./cookie-mapping.ts";
import type { CookiePort } from "./cookie-port.ts";

export { fromBrowserCookie } from "./cookie-mapping.ts";

/** `runtime.getBrowserInfo` exists only in Firefox (MDN runtime.getBrowserInfo). */
export function isFirefox(): boolean {
	return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === "function";
}

/**
 * Deletion writes the cookie already expired instead of calling `cookies.remove`: `remove` takes only a
 * URL and a name, so Chrome deletes every same-name cookie that URL would receive (a host-only and a
 * domain copy, shorter paths) and Firefox deletes the first match, which may be the wrong one
 * (Firefox's ext-cookies.js `remove`, "TODO Bug 1387957"). A write names the exact domain and path.
 */
export function createBrowserCookiePort(): CookiePort {
	const firefox = isFirefox();
	return {
		async getAll(query) {
			const cookies = await browser.cookies.getAll(toBrowserQuery(query, firefox));
			return cookies.map(fromBrowserCookie);
		},
		async set(cookie) {
			await browser.cookies.set(toBrowserSetDetails(cookie, firefox));
		},
		async remove(cookie) {
			await browser.cookies.set(toBrowserDeleteDetails(cookie, firefox));
		},
		onChanged(listener) {
			browser.cookies.onChanged.addListener((info) =>
				listener({ removed: info.removed, cookie: fromBrowserCookie(info.cookie), cause: info.cause }),
			);
		},
	};
}
