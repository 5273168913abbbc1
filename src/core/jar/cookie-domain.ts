/**
 * Which domain a cookie is stored for (RFC 6265bis §5.7 steps 7-10) and domain-matching (§5.1.3).
 * Public suffixes come from the PSL through src/core/site/site-key.ts.
 */
import { isIpHost, isPublicSuffix, siteOf } from "../site/site-key.ts";
import type { RejectReason } from "./reject-reason.ts";

/** The stored domain (`.example.com` for domain cookies, the host when host-only), or a refusal. */
export type DomainResult =
	| { ok: true; domain: string; hostOnly: boolean }
	| { ok: false; reason: RejectReason; why: string };

/** RFC 6265bis §5.1.3 domain-match: identical, or a subdomain of it when the string is a host name. */
export function domainMatches(host: string, domain: string): boolean {
	if (host === domain) return true;
	return !isIpHost(host) && host.endsWith(`.${domain}`);
}

/**
 * The registrable domain a Domain attribute must share with the host, or "" when there is none: IP
 * addresses, single-label hosts (localhost, intranet names) and public suffixes themselves. Mirrors
 * Chromium's GetCookieDomainWithString (net/cookies/cookie_util.cc), which Firefox matches.
 */
function registrableDomain(host: string): string {
	if (isIpHost(host) || !host.includes(".") || isPublicSuffix(host)) return "";
	return siteOf(host);
}

const hostOnly = (host: string): DomainResult => ({ ok: true, domain: host, hostOnly: true });

/**
 * Resolves the Domain attribute (already lower-cased, leading dot removed) against the request host.
 * Absent or empty: host-only. A Domain naming the host itself when the host has no registrable domain
 * (an IP, `localhost`, a public suffix): host-only (§5.7 step 9). Otherwise it must domain-match the
 * host and not be a public suffix, or the cookie is refused.
 */
export function resolveCookieDomain(host: string, domain: string | undefined): DomainResult {
	if (domain === undefined || domain === "") return hostOnly(host);
	const hostSite = registrableDomain(host);
	if (hostSite === "" && domain === host) return hostOnly(host);
	if (!domainMatches(host, domain)) {
		return { ok: false, reason: "domain-mismatch", why: `Domain=${domain} does not match the host ${host}` };
	}
	// §5.7 step 9: a Domain that is a public suffix (or above the registrable domain) is refused.
	if (hostSite === "" || registrableDomain(domain) !== hostSite) {
		return { ok: false, reason: "public-suffix-domain", why: `Domain=${domain} is a public suffix` };
	}
	return { ok: true, domain: `.${domain}`, hostOnly: false };
}
