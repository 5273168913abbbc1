import type { SameSite } from "../../src/core/cookie.ts";
import { siteOf } from "../../src/core/site/site-key.ts";

export type Scheme = "http" | "https";

/** A cookie a fixture page sets: the one description both the header and the expectation come from. */
export interface CookieSpec {
	name: string;
	value: () => string;
	path: string;
	/** The Domain attribute (without a dot); absent for a host-only cookie. */
	domain?: string;
	secure: boolean;
	httpOnly: boolean;
	/** `unspecified` leaves the attribute out. */
	sameSite: SameSite;
	partitioned?: boolean;
	maxAge?: number;
	/** What the cookie demonstrates, shown on the page. */
	why: string;
}

/** A cookie as the browser should hold it, in the shape of the WebExtensions `cookies.Cookie`. */
export interface ExpectedCookie {
	name: string;
	/** The host for host-only cookies, `.example.test` for Domain cookies (as both browsers report it). */
	domain: string;
	hostOnly: boolean;
	path: string;
	secure: boolean;
	httpOnly: boolean;
	/** As src/core speaks of it: the API's `no_restriction` is `none` (see toSameSite). */
	sameSite: SameSite;
	session: boolean;
	/** Seconds from the response to the expiry, after the 400-day cap; absent for session cookies. */
	maxAge?: number;
	/** Absent for an unpartitioned cookie. */
	partitionKey?: ExpectedPartitionKey;
}

/**
 * As both browsers report it for a cookie set in a cross-site frame: Chromium 156 and Firefox ESR 153
 * both add `hasCrossSiteAncestor: true` (seen in their cookies.getAll results, 2026-11).
 */
export interface ExpectedPartitionKey {
	topLevelSite: string;
	hasCrossSiteAncestor: boolean;
}

/**
 * RFC 6265bis caps cookie lifetimes at 400 days (its Expires and Max-Age attribute sections); both
 * browsers store `_ga`'s two-year Max-Age as 400 days (Chromium 156, Firefox ESR 153, 2026-11).
 */
export const MAX_AGE_CAP = 400 * 24 * 3600;

const SAME_SITE_ATTRIBUTE: Record<SameSite, string | undefined> = {
	strict: "SameSite=Strict",
	lax: "SameSite=Lax",
	none: "SameSite=None",
	unspecified: undefined,
};

export function toSetCookie(spec: CookieSpec, value = spec.value()): string {
	const attributes = [
		spec.domain === undefined ? undefined : `Domain=${spec.domain}`,
		`Path=${spec.path}`,
		spec.maxAge === undefined ? undefined : `Max-Age=${spec.maxAge}`,
		spec.secure ? "Secure" : undefined,
		spec.httpOnly ? "HttpOnly" : undefined,
		SAME_SITE_ATTRIBUTE[spec.sameSite],
		spec.partitioned ? "Partitioned" : undefined,
	];
	return [`${spec.name}=${value}`, ...attributes.filter((a) => a !== undefined)].join("; ");
}

/**
 * Both browsers store Secure cookies only from https or a loopback host (docs/browser-quirks.md, "Secure cookies need https or a loopback host";
 * http://127.0.0.1 too, seen in Chromium 156 and Firefox ESR 153),
 * and a Domain attribute only when the host is inside that domain (RFC 6265bis §5.7 step 10).
 */
export function isStorable(spec: CookieSpec, scheme: Scheme, host: string): boolean {
	if (spec.secure && !isSecureOrigin(scheme, host)) return false;
	if (spec.domain === undefined) return true;
	return host === spec.domain || host.endsWith(`.${spec.domain}`);
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function isSecureOrigin(scheme: Scheme, host: string): boolean {
	return scheme === "https" || LOOPBACK_HOSTS.has(host);
}

export function toExpected(
	spec: CookieSpec,
	host: string,
	partitionKey?: ExpectedPartitionKey,
): ExpectedCookie {
	return {
		name: spec.name,
		domain: spec.domain === undefined ? host : `.${spec.domain}`,
		hostOnly: spec.domain === undefined,
		path: spec.path,
		secure: spec.secure,
		httpOnly: spec.httpOnly,
		sameSite: spec.sameSite,
		session: spec.maxAge === undefined,
		...(spec.maxAge === undefined ? {} : { maxAge: Math.min(spec.maxAge, MAX_AGE_CAP) }),
		...(partitionKey === undefined ? {} : { partitionKey }),
	};
}

/** The key of a cross-site frame's cookie jar: scheme and registrable domain of the top-level page. */
export function crossSitePartitionKey(scheme: Scheme, topLevelHost: string): ExpectedPartitionKey {
	return { topLevelSite: `${scheme}://${siteOf(topLevelHost)}`, hasCrossSiteAncestor: true };
}
