/**
 * The canonical cookie record. It mirrors the WebExtensions `cookies.Cookie` type
 * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies/Cookie)
 * so that cookies read from a browser jar and cookies stored from Set-Cookie headers
 * feed the same rule engine.
 */

/** SameSite as the cookies API reports it: `no_restriction` is None, `unspecified` is absent. */
export type ApiSameSite = "no_restriction" | "lax" | "strict" | "unspecified";

/** SameSite as reports and rules speak of it. */
export type SameSite = "strict" | "lax" | "none" | "unspecified";

export interface PartitionKey {
	topLevelSite: string;
}

export interface Cookie {
	name: string;
	value: string;
	/** Host for host-only cookies, `.example.com` style for domain cookies (as the browsers report it). */
	domain: string;
	hostOnly: boolean;
	path: string;
	secure: boolean;
	httpOnly: boolean;
	sameSite: SameSite;
	/** True when the cookie has no expiry and ends with the browser session. */
	session: boolean;
	/** Epoch seconds; absent for a browser-session cookie. */
	expirationDate?: number;
	storeId?: string;
	partitionKey?: PartitionKey | null;
	firstPartyDomain?: string;
}

/** Everything that tells one stored cookie from another: every read, write and delete carries all of it. */
export interface CookieIdentity {
	name: string;
	domain: string;
	hostOnly: boolean;
	path: string;
	storeId?: string;
	partitionKey?: PartitionKey | null;
	firstPartyDomain?: string;
}

export function toSameSite(api: string | undefined): SameSite {
	switch (api) {
		case "no_restriction":
		case "none":
			return "none";
		case "lax":
			return "lax";
		case "strict":
			return "strict";
		default:
			return "unspecified";
	}
}

export function toApiSameSite(sameSite: SameSite): ApiSameSite {
	return sameSite === "none" ? "no_restriction" : sameSite;
}

/** The domain without its leading dot (`.example.com` → `example.com`). */
export function bareDomain(domain: string): string {
	return domain.startsWith(".") ? domain.slice(1) : domain;
}

/** Only the identity of a cookie: a copy that carries no value or attributes (for what is stored or reported). */
export function identityOf(c: CookieIdentity): CookieIdentity {
	const identity: CookieIdentity = { name: c.name, domain: c.domain, hostOnly: c.hostOnly, path: c.path };
	if (c.storeId !== undefined) identity.storeId = c.storeId;
	if (c.partitionKey) identity.partitionKey = { topLevelSite: c.partitionKey.topLevelSite };
	if (c.firstPartyDomain !== undefined) identity.firstPartyDomain = c.firstPartyDomain;
	return identity;
}

/** A stable key for a cookie's identity, for maps and de-duplication (NUL cannot occur in any part). */
export function identityKey(c: CookieIdentity): string {
	return `${c.storeId ?? ""}\u0000${c.partitionKey?.topLevelSite ?? ""}\u0000${c.firstPartyDomain ?? ""}\u0000${c.domain}\u0000${c.hostOnly}\u0000${c.path}\u0000${c.name}`;
}

/** Not yet expired at `now` (epoch seconds): a browser drops a cookie once its expiry has passed. */
export function isLiveAt(cookie: Pick<Cookie, "expirationDate">, now: number): boolean {
	return cookie.expirationDate === undefined || cookie.expirationDate > now;
}
