/**
 * What one browser profile makes of one Set-Cookie header from one URL, before looking at the jar:
 * a refusal with its reason, or the cookie it would store (RFC 6265bis §5.7 steps 1-22).
 */
import type { Cookie } from "../cookie.ts";
import { type CookieAttributes, readAttributes } from "../set-cookie/cookie-attributes.ts";
import { parseSetCookie } from "../set-cookie/parse-set-cookie.ts";
import type { ProfileRules } from "./browser-profiles.ts";
import { resolveCookieDomain } from "./cookie-domain.ts";
import { cookieLifetime, isExpired, type Lifetime } from "./cookie-lifetime.ts";
import { cookiePath } from "./cookie-path.ts";
import { prefixViolation } from "./cookie-prefixes.ts";
import { nameFromHeader, type RejectReason, reject } from "./reject-reason.ts";
import { parseRequestUrl, type RequestUrl, topLevelSiteOf } from "./request-url.ts";

/** One profile's verdict on one header: refused, or the cookie it would store (or delete, when expired). */
export type Evaluation =
	| { kind: "rejected"; reason: RejectReason; message: string }
	| {
			kind: "cookie";
			cookie: Cookie;
			/** The expiry is at or before `now`: storing it deletes any existing copy (§5.7 step 27). */
			expired: boolean;
			/** Whether the response came from a secure origin (for §5.7 step 16 in the jar). */
			fromSecureOrigin: boolean;
			/** The raw SameSite value, when the header had one. */
			sameSiteAttribute?: string;
	  };

function rejected(reason: RejectReason, name: string, why: string): Evaluation {
	return { kind: "rejected", ...reject(reason, name, why) };
}

/** The security checks, in the order of §5.7; the first that fails is reported. */
function securityViolation(
	cookie: Cookie,
	attrs: CookieAttributes,
	request: RequestUrl,
	rules: ProfileRules,
): [RejectReason, string] | null {
	// §5.7 step 13: Secure only from a secure origin (loopback counts: see request-url.ts).
	if (cookie.secure && !request.secure) {
		return [
			"secure-from-insecure-origin",
			`the Secure attribute was set by the insecure origin http://${request.host}`,
		];
	}
	// §5.7 step 19: SameSite=None requires Secure.
	if (cookie.sameSite === "none" && !cookie.secure) {
		return ["samesite-none-insecure", "SameSite=None requires the Secure attribute"];
	}
	const written = { hasDomainAttribute: Boolean(attrs.domain), pathAttribute: attrs.path };
	const prefix = prefixViolation(cookie, written, rules);
	if (prefix !== null) return ["prefix-violation", prefix];
	// CHIPS (draft-cutler-httpbis-partitioned-cookies §2.1): Partitioned requires Secure.
	if (attrs.partitioned && !cookie.secure)
		return ["partitioned-insecure", "Partitioned requires the Secure attribute"];
	return null;
}

function buildCookie(
	name: string,
	value: string,
	attrs: CookieAttributes,
	request: RequestUrl,
	lifetime: Lifetime,
): Cookie | [RejectReason, string] {
	const domain = resolveCookieDomain(request.host, attrs.domain);
	if (!domain.ok) return [domain.reason, domain.why];
	const path = cookiePath(attrs.path, request.path);
	const partitionKey = attrs.partitioned ? { topLevelSite: topLevelSiteOf(request) } : null;
	// Two literals with the same key order instead of a spread: one cookie per header of a HAR, and the
	// spread allocated a throw-away object for each (`npm run bench`).
	if (lifetime.session) {
		return {
			name,
			value,
			domain: domain.domain,
			hostOnly: domain.hostOnly,
			path,
			secure: attrs.secure,
			httpOnly: attrs.httpOnly,
			sameSite: attrs.sameSite,
			session: true,
			partitionKey,
		};
	}
	return {
		name,
		value,
		domain: domain.domain,
		hostOnly: domain.hostOnly,
		path,
		secure: attrs.secure,
		httpOnly: attrs.httpOnly,
		sameSite: attrs.sameSite,
		session: false,
		expirationDate: lifetime.expirationDate,
		partitionKey,
	};
}

/**
 * Evaluates one header for one URL under one browser profile. Never throws: a URL that is not an
 * absolute http(s) URL is a `syntax` refusal like an unparsable header.
 */
export function evaluateSetCookie(header: string, url: string, now: number, rules: ProfileRules): Evaluation {
	const request = parseRequestUrl(url);
	if (request === null) {
		return rejected(
			"syntax",
			nameFromHeader(header),
			`${JSON.stringify(url.slice(0, 200))} is not an http(s) URL`,
		);
	}
	const parsed = parseSetCookie(header, rules.parse);
	if (!parsed.ok) return rejected(parsed.reason, parsed.name ?? nameFromHeader(header), parsed.detail);
	const { name, value, attributes } = parsed.cookie;
	const attrs = readAttributes(attributes);
	const lifetime = cookieLifetime(attrs, now);
	const cookie = buildCookie(name, value, attrs, request, lifetime);
	if (Array.isArray(cookie)) return rejected(cookie[0], name, cookie[1]);
	const violation = securityViolation(cookie, attrs, request, rules);
	if (violation !== null) return rejected(violation[0], name, violation[1]);
	const expired = isExpired(lifetime, now);
	const fromSecureOrigin = request.secure;
	return attrs.sameSiteAttribute === undefined
		? { kind: "cookie", cookie, expired, fromSecureOrigin }
		: { kind: "cookie", cookie, expired, fromSecureOrigin, sameSiteAttribute: attrs.sameSiteAttribute };
}
