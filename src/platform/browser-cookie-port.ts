import type { Cookie } from "../core/cookie.ts";
import { toSameSite } from "../core/cookie.ts";
import { browser, type Cookies } from "./browser.ts";
import type { CookiePort, CookieQuery } from "./cookie-port.ts";

/** Maps the browser's cookie record onto ours; only the fields the browser actually reported are kept. */
export function fromBrowserCookie(c: Cookies.Cookie): Cookie {
	const cookie: Cookie = {
		name: c.name,
		value: c.value,
		domain: c.domain,
		hostOnly: c.hostOnly,
		path: c.path,
		secure: c.secure,
		httpOnly: c.httpOnly,
		sameSite: toSameSite(c.sameSite),
		session: c.session,
		storeId: c.storeId,
		partitionKey: c.partitionKey?.topLevelSite ? { topLevelSite: c.partitionKey.topLevelSite } : null,
	};
	if (c.expirationDate !== undefined) cookie.expirationDate = c.expirationDate;
	if (c.firstPartyDomain) cookie.firstPartyDomain = c.firstPartyDomain;
	return cookie;
}

/** `runtime.getBrowserInfo` exists only in Firefox (MDN runtime.getBrowserInfo). */
export function isFirefox(): boolean {
	return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === "function";
}

function toBrowserQuery(q: CookieQuery): Cookies.GetAllDetailsType {
	const details: Cookies.GetAllDetailsType = {};
	if (q.url !== undefined) details.url = q.url;
	if (q.domain !== undefined) details.domain = q.domain;
	if (q.name !== undefined) details.name = q.name;
	if (q.storeId !== undefined) details.storeId = q.storeId;
	if (q.firstPartyDomain !== undefined) details.firstPartyDomain = q.firstPartyDomain;
	// With first-party isolation on, Firefox throws unless firstPartyDomain is given; null means "any"
	// (MDN cookies.getAll). Chrome rejects the unknown key, so only Firefox gets it.
	else if (isFirefox()) details.firstPartyDomain = null;
	if (q.partitionKey !== undefined) details.partitionKey = q.partitionKey;
	return details;
}

export function createBrowserCookiePort(): CookiePort {
	return {
		async getAll(query) {
			const cookies = await browser.cookies.getAll(toBrowserQuery(query));
			return cookies.map(fromBrowserCookie);
		},
		onChanged(listener) {
			browser.cookies.onChanged.addListener((info) =>
				listener({ removed: info.removed, cookie: fromBrowserCookie(info.cookie), cause: info.cause }),
			);
		},
	};
}
