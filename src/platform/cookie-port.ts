/** The cookie jar as the extension sees it: a narrow port with a real and an in-memory implementation. */
import type { Cookie } from "../core/cookie.ts";
import { browser } from "./browser.ts";
import {
	type CookieQuery,
	fromBrowserCookie,
	toBrowserDeleteDetails,
	toBrowserQuery,
	toBrowserSetDetails,
} from "./cookie-mapping.ts";

export interface CookieChange {
	removed: boolean;
	cookie: Cookie;
	cause: string;
}

export interface CookiePort {
	getAll(query: CookieQuery): Promise<Cookie[]>;
	/**
	 * Writes exactly this cookie: same name, domain (none for a host-only cookie), path, store, partition
	 * and first-party domain replace the stored one. An `expirationDate` at or before now deletes it.
	 * Rejects with the browser's message when the browser refuses the cookie.
	 */
	set(cookie: Cookie): Promise<void>;
	/**
	 * Deletes exactly this cookie and no other. Needs the cookie as read from the jar (its value and
	 * flags), because the deletion is a write of the same cookie already expired.
	 */
	remove(cookie: Cookie): Promise<void>;
	onChanged(listener: (change: CookieChange) => void): void;
}

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
