/** Which stored cookies a browser sends with a request (RFC 6265bis §5.8.3, retrieval model). */
import type { Cookie } from "../cookie.ts";
import { domainMatches } from "./cookie-domain.ts";
import { pathMatches } from "./cookie-path.ts";
import { type RequestUrl, topLevelSiteOf } from "./request-url.ts";

/** Unexpired at `now` (expiry strictly after it). */
export function isLive(cookie: Cookie, now: number): boolean {
	return cookie.session || (cookie.expirationDate ?? Number.POSITIVE_INFINITY) > now;
}

/**
 * §5.8.3 step 1 for a top-level, same-site request to `request`: host-only cookies need the exact host,
 * domain cookies a domain-match; the path must path-match; Secure cookies need a secure origin;
 * partitioned cookies are sent only in their own top-level site.
 */
export function isSentTo(cookie: Cookie, request: RequestUrl): boolean {
	const domain = cookie.hostOnly ? cookie.domain : cookie.domain.replace(/^\./, "");
	const hostOk = cookie.hostOnly ? request.host === domain : domainMatches(request.host, domain);
	if (!hostOk || !pathMatches(request.path, cookie.path)) return false;
	if (cookie.secure && !request.secure) return false;
	return !cookie.partitionKey || cookie.partitionKey.topLevelSite === topLevelSiteOf(request);
}

/** §5.8.3 step 2: longer paths first; among equal paths, earlier creation (the input order) first. */
export function inSendingOrder(cookies: readonly Cookie[]): Cookie[] {
	return [...cookies].sort((a, b) => b.path.length - a.path.length);
}
