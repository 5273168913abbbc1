/**
 * Which cookies a sign-in request concerned. A cookie the request did not carry (another host's, or
 * another Path's: RFC 6265bis §5.1.3 domain-match, §5.1.4 path-match) is no session the sign-in could
 * have kept; only what it did to it — set it, renewed it, ended it — counts. Without this, signing in to
 * one app of a site would read every other app's untouched session as kept across it.
 */
import type { CookieIdentity } from "../cookie.ts";
import { domainMatches } from "../jar/cookie-domain.ts";
import { pathMatches } from "../jar/cookie-path.ts";
import type { CookieAtSignIn } from "./sign-in-outcome.ts";

/** Whether a request to `url` carries the cookie, as far as host and path tell (Secure is not asked). */
export function isSentTo(cookie: CookieIdentity, url: string): boolean {
	let target: URL;
	try {
		target = new URL(url);
	} catch {
		return false;
	}
	const domain = cookie.domain.replace(/^\./, "").toLowerCase();
	const host = target.hostname.toLowerCase();
	const hostMatches = cookie.hostOnly ? host === domain : domainMatches(host, domain);
	return hostMatches && pathMatches(target.pathname, cookie.path);
}

/** The outcomes of a sign-in to `url`: every change it made, and the kept cookies it carried. */
export function concerningRequest(outcomes: readonly CookieAtSignIn[], url: string): CookieAtSignIn[] {
	return outcomes.filter(({ cookie, outcome }) => outcome !== "kept" || isSentTo(cookie, url));
}
