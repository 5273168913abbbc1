/**
 * Site keys: which registrable domain (eTLD+1) a host belongs to, from the Public Suffix List via tldts.
 * Never hand-rolled: the PSL has thousands of multi-label suffixes (co.uk, github.io …).
 */
import { getDomain, getPublicSuffix, parse } from "tldts";

import { isIpHost, normalizeHost } from "./host.ts";

export { isIpHost, normalizeHost };

/**
 * Sites by the host or domain asked about: an audit asks once per cookie, and thousands of cookies share
 * a few domains; the tldts lookup was a tenth of an audit of 100,000 cookies (`npm run bench`). Bounded
 * so a long-running background worker cannot grow it without limit.
 */
const siteCache = new Map<string, string>();
const SITE_CACHE_LIMIT = 20_000;

/**
 * The site a host belongs to: its registrable domain; the host itself for IP addresses, `localhost`
 * and hosts under no known public suffix (such as the `.test` names of the fixture site, which
 * the PSL does not list: `app.example.test` → `example.test` through the default `*` rule).
 */
export function siteOf(hostOrDomain: string): string {
	const cached = siteCache.get(hostOrDomain);
	if (cached !== undefined) return cached;
	if (siteCache.size >= SITE_CACHE_LIMIT) siteCache.clear();
	const site = computeSiteOf(hostOrDomain);
	siteCache.set(hostOrDomain, site);
	return site;
}

function computeSiteOf(hostOrDomain: string): string {
	const host = normalizeHost(hostOrDomain.startsWith(".") ? hostOrDomain.slice(1) : hostOrDomain);
	if (host === "" || isIpHost(host) || host === "localhost" || !host.includes(".")) return host;
	return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/**
 * True when `domain` is itself a public suffix (`com`, `co.uk`, `github.io`): RFC 6265bis §5.7 step 9
 * refuses a Domain attribute naming one unless it equals the request host.
 */
export function isPublicSuffix(domain: string): boolean {
	const cached = suffixCache.get(domain);
	if (cached !== undefined) return cached;
	if (suffixCache.size >= SITE_CACHE_LIMIT) suffixCache.clear();
	const answer = computeIsPublicSuffix(domain);
	suffixCache.set(domain, answer);
	return answer;
}

/** The answers of isPublicSuffix, asked once or twice per Domain attribute, kept like siteCache. */
const suffixCache = new Map<string, boolean>();

function computeIsPublicSuffix(domain: string): boolean {
	const d = normalizeHost(domain.startsWith(".") ? domain.slice(1) : domain);
	if (d === "" || isIpHost(d)) return false;
	const info = parse(d, { allowPrivateDomains: true });
	const suffix = getPublicSuffix(d, { allowPrivateDomains: true });
	return info.isIcann !== null && suffix === d;
}
