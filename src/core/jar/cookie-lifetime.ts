/** When a stored cookie expires (RFC 6265bis §5.6.1, §5.6.2, §5.7 step 6). */
import type { CookieAttributes } from "../set-cookie/cookie-attributes.ts";

/** 400 days: the cookie-age-limit of RFC 6265bis §5.6.1/§5.6.2; Chromium and Firefox cap at exactly this. */
export const MAX_COOKIE_AGE_SECONDS = 400 * 24 * 60 * 60;

/** A browser-session cookie, or one that expires at a fixed time. */
export type Lifetime =
	| { session: true }
	| {
			session: false;
			/** Epoch seconds. */
			expirationDate: number;
	  };

/**
 * Max-Age wins over Expires (§5.7 step 6); neither makes a browser-session cookie. Lifetimes beyond
 * 400 days are capped, not refused (§5.6.1, §5.6.2). Max-Age <= 0 yields an expiry in the past.
 */
export function cookieLifetime(attrs: CookieAttributes, now: number): Lifetime {
	const cap = now + MAX_COOKIE_AGE_SECONDS;
	if (attrs.maxAge !== undefined) {
		// §5.6.2: a delta of zero or less means "already expired"; now + delta is at or before now.
		return { session: false, expirationDate: Math.min(now + attrs.maxAge, cap) };
	}
	if (attrs.expires !== undefined) return { session: false, expirationDate: Math.min(attrs.expires, cap) };
	return { session: true };
}

/** Expired at `now`: Chromium's CanonicalCookie::IsExpired is `now >= expiry`. */
export function isExpired(lifetime: Lifetime, now: number): boolean {
	return !lifetime.session && lifetime.expirationDate <= now;
}
