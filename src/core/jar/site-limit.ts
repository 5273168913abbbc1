/**
 * How many cookies one site may hold, and which ones go when it has more, as both browsers do it. RFC
 * 6265bis (draft-ietf-httpbis-rfc6265bis-20, §6.1 "Limits") asks for at least 50 per domain; the browsers
 * allow more and purge in batches:
 * - Chromium (net/cookies/cookie_monster.cc): kDomainMaxCookies = 180 per eTLD+1, kDomainPurgeCookies =
 *   30, so a site that passes 180 is purged to 150. Expired cookies go first (GarbageCollectExpired), then
 *   least recently accessed (LRACookieSorter), in rounds by Priority in which non-secure cookies go
 *   before secure ones (kPurgeRounds, PurgeLeastRecentMatches).
 * - Firefox (netwerk/cookie/CookieStorage.cpp, CookieCommons.h): network.cookie.maxPerHost = 180 per base
 *   domain, network.cookie.quotaPerHost = 150; FindStaleCookies takes expired cookies, then the oldest
 *   non-secure ones, and secure ones only when no non-secure one is left.
 * The constants and the order were checked in copies of those files (Chromium's and Firefox's sources);
 * docs/browser-quirks.md, "At most 180 cookies per site" has what the real browsers were seen to keep.
 *
 * What this module simplifies, on purpose:
 * - Every cookie has Chromium's default priority (Medium): the jar does not read the Priority attribute,
 *   so the rounds reduce to "non-secure first, then secure".
 * - "Last accessed" is "last set": a header-fed jar does not record when a cookie was sent. Each Set-Cookie
 *   counts as a later moment than the one before it, as it would on a real clock.
 * - Expired cookies are already gone when this runs: the store evicts them before every header.
 * - Partitioned cookies count per partition and site, as in both browsers; Chromium trims such a bucket to
 *   180 rather than 150 and also caps its bytes (kPerPartitionDomainMaxCookieBytes), not modelled here.
 * - Firefox refuses a new non-secure cookie when the site's 180 are all secure; here, as in Chromium, it is
 *   stored and evicted at once. Neither keeps it.
 * - No global cap: both browsers also bound the whole jar (Chromium kMaxCookies = 3300, Firefox
 *   network.cookie.maxNumber = 3000) but spare cookies accessed in the last 30 days
 *   (kSafeFromGlobalPurgeDays, network.cookie.purgeAge), which is every cookie of one CLI run.
 */
import type { Cookie } from "../cookie.ts";
import { siteOf } from "../site/site-key.ts";

/** Cookies per site: over `max`, the site is purged down to `keep`. */
export interface SiteLimit {
	max: number;
	keep: number;
}

/** Both browsers' figures: at most 180 cookies per site, purged to 150 (see above). */
export const SITE_LIMIT: Readonly<SiteLimit> = Object.freeze({ max: 180, keep: 150 });

/**
 * The bucket a cookie counts against: its partition (if any) and the site of its domain. An unpartitioned
 * cookie's bucket is its site as siteOf returns it, with no new string per header; a partitioned one's
 * holds a NUL, which no site does, so the two kinds never share a key.
 */
export function siteBucketOf(cookie: Cookie): string {
	const site = siteOf(cookie.domain);
	return cookie.partitionKey ? `${cookie.partitionKey.topLevelSite}\u0000${site}` : site;
}

/**
 * The cookies to evict from one bucket, given least recently set first: none while it holds at most
 * `limit.max`; otherwise enough to leave `limit.keep`, non-secure ones first, each group oldest first.
 * One pass per group, so a purge costs as much as the bucket is long.
 */
export function chooseEvictions<T extends { cookie: Cookie }>(
	bucket: readonly T[],
	limit: SiteLimit = SITE_LIMIT,
): T[] {
	if (bucket.length <= limit.max) return [];
	const goal = bucket.length - limit.keep;
	const evicted: T[] = [];
	for (const secure of [false, true]) {
		for (const entry of bucket) {
			if (evicted.length === goal) return evicted;
			if (entry.cookie.secure === secure) evicted.push(entry);
		}
	}
	return evicted;
}
