/**
 * Between our cookie record and the WebExtensions cookies API, in both directions. Pure (types only from
 * the polyfill), so the same mapping runs in the background and in the contract tests.
 */
import { bareDomain, type Cookie, type PartitionKey, toApiSameSite, toSameSite } from "../core/cookie.ts";
import type { Cookies } from "./browser.ts";

/** Which cookies a CookiePort read asks for; mapped to the browser's `cookies.getAll` details below. */
export interface CookieQuery {
	/** Cookies that would be sent to this URL (domain, path and Secure matched by the browser). */
	url?: string;
	/** Cookies whose domain is this domain or a subdomain of it. */
	domain?: string;
	name?: string;
	storeId?: string;
	/** `{}` asks for every partition as well as unpartitioned cookies; absent means unpartitioned only. */
	partitionKey?: Partial<PartitionKey>;
	firstPartyDomain?: string;
}

/**
 * Chrome reads an `expirationDate` of 0 as "no expiry" (a session cookie), so deletions write one second
 * after the epoch instead: any past date deletes (docs/browser-quirks.md, "cookies.set with a past expirationDate deletes").
 */
export const DELETE_EXPIRY = 1;

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

/**
 * The URL a write for this cookie goes through. Both browsers refuse to set a Secure cookie through an
 * http URL (MDN cookies.set: "secure … the url must be https"), and the URL's host must domain-match the
 * cookie's domain, so the cookie's own (dot-less) domain is the host.
 */
export function cookieUrl(c: Pick<Cookie, "domain" | "path" | "secure">): string {
	const host = bareDomain(c.domain);
	const bracketed = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
	const path = c.path.startsWith("/") ? c.path : "/";
	return `${c.secure ? "https" : "http"}://${bracketed}${path}`;
}

export function toBrowserQuery(q: CookieQuery, firefox: boolean): Cookies.GetAllDetailsType {
	const details: Cookies.GetAllDetailsType = {};
	if (q.url !== undefined) details.url = q.url;
	if (q.domain !== undefined) details.domain = q.domain;
	if (q.name !== undefined) details.name = q.name;
	if (q.storeId !== undefined) details.storeId = q.storeId;
	if (q.firstPartyDomain !== undefined) details.firstPartyDomain = q.firstPartyDomain;
	// With first-party isolation on, Firefox throws unless firstPartyDomain is given; null means "any"
	// (MDN cookies.getAll). Chrome rejects the unknown key, so only Firefox gets it.
	else if (firefox) details.firstPartyDomain = null;
	if (q.partitionKey !== undefined) details.partitionKey = q.partitionKey;
	return details;
}

/**
 * The `cookies.set` details that write exactly `c`. A host-only cookie gets no `domain`: given one, both
 * browsers store a domain cookie instead (MDN cookies.set; Cookie-Editor does the same). `storeId`,
 * `partitionKey` and `firstPartyDomain` are part of the identity, so they always travel along.
 */
export function toBrowserSetDetails(c: Cookie, firefox: boolean): Cookies.SetDetailsType {
	const details: Cookies.SetDetailsType = {
		url: cookieUrl(c),
		name: c.name,
		value: c.value,
		path: c.path,
		secure: c.secure,
		httpOnly: c.httpOnly,
		sameSite: toApiSameSite(c.sameSite),
	};
	if (!c.hostOnly) details.domain = c.domain;
	if (c.expirationDate !== undefined) details.expirationDate = c.expirationDate;
	if (c.storeId !== undefined) details.storeId = c.storeId;
	if (c.partitionKey) details.partitionKey = { topLevelSite: c.partitionKey.topLevelSite };
	// Chrome rejects the Firefox-only key (https://developer.chrome.com/docs/extensions/reference/api/cookies#method-set).
	if (firefox && c.firstPartyDomain !== undefined) details.firstPartyDomain = c.firstPartyDomain;
	return details;
}

/** The write that deletes `c`: the same cookie, already expired. */
export function toBrowserDeleteDetails(c: Cookie, firefox: boolean): Cookies.SetDetailsType {
	return toBrowserSetDetails({ ...c, session: false, expirationDate: DELETE_EXPIRY }, firefox);
}
