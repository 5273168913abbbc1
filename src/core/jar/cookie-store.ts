/**
 * The jar's stored cookies by identity, in creation order, kept so that applying one Set-Cookie costs
 * about the same however many cookies are stored (`npm run bench`: a HAR of thousands of responses):
 * - expired cookies are evicted (RFC 6265bis §5.7: "at any time") with a full pass only once the clock
 *   has reached the earliest expiry, not on every header;
 * - the Secure cookies that an insecure Set-Cookie could shadow (§5.7 step 16) are found by name;
 * - each site's cookies are kept in the order they were last set, so a site over the browsers' limit
 *   (site-limit.ts) is purged by looking at that site alone.
 */
import type { AuditSubject } from "../audit-input.ts";
import type { Cookie } from "../cookie.ts";
import { isLive } from "./request-match.ts";
import { chooseEvictions, SITE_LIMIT, type SiteLimit, siteBucketOf } from "./site-limit.ts";

export interface CookieStore {
	/** Stored cookies with their origin, in creation order (a replacement keeps its place). */
	values(): IterableIterator<AuditSubject>;
	/**
	 * Inserts, or replaces the cookie of the same identity keeping its place (§5.7 step 25); returns the
	 * cookies evicted because the site went over its limit (site-limit.ts), possibly this one.
	 */
	put(subject: AuditSubject): AuditSubject[];
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

/**
 * The jar's key for a cookie's identity (docs/design.md, "Cookie model"): partition, domain, path and
 * name. A jar fed by headers has no cookie stores or first-party domains, and the domain's leading dot
 * already says whether it is host-only, so this shorter key names the same identities as identityKey
 * at a fraction of its cost per header.
 */
const storeKey = (c: Cookie): string =>
	`${c.partitionKey?.topLevelSite ?? ""}\u0000${c.domain}\u0000${c.path}\u0000${c.name}`;

export function createCookieStore(siteLimit: SiteLimit = SITE_LIMIT): CookieStore {
	// Map insertion order is creation order, and Map.set keeps an existing key's place.
	const byIdentity = new Map<string, AuditSubject>();
	const byName = new Map<string, Map<string, Cookie>>();
	// Per site bucket, in the order last set: a replacement is deleted and set again to move to the end.
	const bySite = new Map<string, Map<string, AuditSubject>>();
	// No stored cookie expires before this; it may be earlier than the truth (after a removal or a
	// replacement), which costs one eviction pass that finds less than it could, never a missed expiry.
	let earliestExpiry = Number.POSITIVE_INFINITY;

	function forget(key: string, cookie: Cookie): void {
		byIdentity.delete(key);
		const named = byName.get(cookie.name);
		named?.delete(key);
		if (named?.size === 0) byName.delete(cookie.name);
		const bucketKey = siteBucketOf(cookie);
		const bucket = bySite.get(bucketKey);
		bucket?.delete(key);
		if (bucket?.size === 0) bySite.delete(bucketKey);
	}

	/** Moves the cookie to the end of its site's order (a new one is appended: nothing to delete first). */
	function lastSet(key: string, subject: AuditSubject, replaced: boolean): Map<string, AuditSubject> {
		const bucketKey = siteBucketOf(subject.cookie);
		let bucket = bySite.get(bucketKey);
		if (!bucket) {
			bucket = new Map<string, AuditSubject>();
			bySite.set(bucketKey, bucket);
		} else if (replaced) bucket.delete(key);
		bucket.set(key, subject);
		return bucket;
	}

	return {
		values: () => byIdentity.values(),
		put(subject) {
			const key = storeKey(subject.cookie);
			const replaced = byIdentity.has(key);
			byIdentity.set(key, subject);
			const named = byName.get(subject.cookie.name);
			if (named) named.set(key, subject.cookie);
			else {
				const only = new Map<string, Cookie>();
				only.set(key, subject.cookie);
				byName.set(subject.cookie.name, only);
			}
			earliestExpiry = Math.min(earliestExpiry, expiryOf(subject.cookie));
			const bucket = lastSet(key, subject, replaced);
			// Copied only when over the limit: about once in every 30 headers to a site at its limit.
			if (bucket.size <= siteLimit.max) return [];
			const evicted = chooseEvictions([...bucket.values()], siteLimit);
			for (const gone of evicted) forget(storeKey(gone.cookie), gone.cookie);
			return evicted;
		},
		remove(cookie) {
			const key = storeKey(cookie);
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
