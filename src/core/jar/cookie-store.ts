/**
 * The jar's stored cookies by identity, in creation order, kept so that applying one Set-Cookie costs
 * about the same however many cookies are stored (`npm run bench`: a HAR of thousands of responses):
 * - expired cookies are evicted (RFC 6265bis §5.7: "at any time") with a full pass only once the clock
 *   has reached the earliest expiry, not on every header;
 * - the Secure cookies that an insecure Set-Cookie could shadow (§5.7 step 16) are found by name.
 */
import type { AuditSubject } from "../audit-input.ts";
import { type Cookie, identityKey } from "../cookie.ts";
import { isLive } from "./request-match.ts";

export interface CookieStore {
	/** Stored cookies with their origin, in creation order (a replacement keeps its place). */
	values(): IterableIterator<AuditSubject>;
	/** Inserts, or replaces the cookie of the same identity keeping its place (§5.7 step 25). */
	put(subject: AuditSubject): void;
	/** Removes the cookie with this one's identity; true when there was one. */
	remove(cookie: Cookie): boolean;
	/** Stored cookies with this name (any domain, path or partition). */
	named(name: string): Iterable<Cookie>;
	/** Evicts every cookie expired at `now`. */
	evictExpired(now: number): void;
}

/** When a cookie stops being live (isLive): never for a browser-session cookie. */
function expiryOf(cookie: Cookie): number {
	return cookie.session ? Number.POSITIVE_INFINITY : (cookie.expirationDate ?? Number.POSITIVE_INFINITY);
}

export function createCookieStore(): CookieStore {
	// Map insertion order is creation order, and Map.set keeps an existing key's place.
	const byIdentity = new Map<string, AuditSubject>();
	const byName = new Map<string, Map<string, Cookie>>();
	// No stored cookie expires before this; it may be earlier than the truth (after a removal or a
	// replacement), which costs one eviction pass that finds less than it could, never a missed expiry.
	let earliestExpiry = Number.POSITIVE_INFINITY;

	function forget(key: string, cookie: Cookie): void {
		byIdentity.delete(key);
		const named = byName.get(cookie.name);
		named?.delete(key);
		if (named?.size === 0) byName.delete(cookie.name);
	}

	return {
		values: () => byIdentity.values(),
		put(subject) {
			const key = identityKey(subject.cookie);
			byIdentity.set(key, subject);
			const named = byName.get(subject.cookie.name) ?? new Map<string, Cookie>();
			named.set(key, subject.cookie);
			byName.set(subject.cookie.name, named);
			earliestExpiry = Math.min(earliestExpiry, expiryOf(subject.cookie));
		},
		remove(cookie) {
			const key = identityKey(cookie);
			const stored = byIdentity.get(key);
			if (!stored) return false;
			forget(key, stored.cookie);
			return true;
		},
		named: (name) => byName.get(name)?.values() ?? [],
		evictExpired(now) {
			if (now < earliestExpiry) return;
			earliestExpiry = Number.POSITIVE_INFINITY;
			for (const [key, subject] of byIdentity) {
				if (!isLive(subject.cookie, now)) forget(key, subject.cookie);
				else earliestExpiry = Math.min(earliestExpiry, expiryOf(subject.cookie));
			}
		},
	};
}
