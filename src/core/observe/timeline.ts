/**
 * A bounded per-site timeline of what happened to each cookie and who did it, built from the
 * attributions of match-jar-change.ts. Values never enter it: each event carries `valueHash`, a short
 * keyed hash the caller computes. Core has no crypto, so the background passes an HMAC-SHA-256 (Web
 * Crypto) under a random key made per browser session and kept in `storage.session`, truncated to a few
 * bytes: equal values give equal hashes within the session, and nothing outside it can test a guess
 * (docs/design.md, "Privacy"). Plain data, for `storage.session`.
 */
import { type CookieIdentity, identityKey, identityOf } from "../cookie.ts";
import { siteOf } from "../site/site-key.ts";
import { lastItems, pushBounded } from "./bounded-list.ts";
import type { Attribution } from "./match-jar-change.ts";

/** Who wrote: the response (method, URL path, status), a page script, or the browser (expiry, eviction). */
export type TimelineWriter = { method: string; path: string; status: number } | "script" | "browser";

export interface TimelineEvent {
	/** Epoch milliseconds. */
	timeMs: number;
	kind: "set" | "changed" | "removed";
	cookie: CookieIdentity;
	by: TimelineWriter;
	/** The keyed hash of the value written; absent for a removal. */
	valueHash?: string;
}

export interface Timeline {
	/** Events kept per site. */
	limit: number;
	bySite: Record<string, TimelineEvent[]>;
}

/** Keyed, short and non-reversible: see the module comment. */
export type ValueHash = (value: string) => string;

export const DEFAULT_TIMELINE_LIMIT = 200;

export function createTimeline(limit = DEFAULT_TIMELINE_LIMIT): Timeline {
	return { limit, bySite: {} };
}

const pathOf = (url: string): string => /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/[^?#]*)?/i.exec(url)?.[1] ?? "/";

function writerOf(attribution: Attribution): TimelineWriter {
	if (attribution.by !== "server") return attribution.by === "script" ? "script" : "browser";
	const { response } = attribution;
	return { method: response.method, path: pathOf(response.url), status: response.status };
}

function eventsOfSite(timeline: Timeline, site: string): TimelineEvent[] | undefined {
	return Object.hasOwn(timeline.bySite, site) ? timeline.bySite[site] : undefined;
}

/** The cookie's kept events, oldest first. */
export function eventsOf(timeline: Timeline, cookie: CookieIdentity): TimelineEvent[] {
	const key = identityKey(cookie);
	const events = lastItems(eventsOfSite(timeline, siteOf(cookie.domain)) ?? [], timeline.limit);
	return events.filter((e) => identityKey(e.cookie) === key);
}

/**
 * Adds the event of one attribution and returns it; an "overwritten" removal adds none (the insertion
 * that replaced it is the event). An insertion is "changed" when the cookie's last kept event left it
 * in the jar, else "set".
 */
export function addEvent(
	timeline: Timeline,
	attribution: Attribution,
	hash: ValueHash,
): TimelineEvent | undefined {
	if (attribution.by === "overwritten") return undefined;
	const { cookie, removed, timeMs } = attribution.change;
	const before = eventsOf(timeline, cookie).at(-1);
	const kind = removed ? "removed" : before && before.kind !== "removed" ? "changed" : "set";
	const event: TimelineEvent = { timeMs, kind, cookie: identityOf(cookie), by: writerOf(attribution) };
	if (!removed) event.valueHash = hash(cookie.value);
	const site = siteOf(cookie.domain);
	const list = eventsOfSite(timeline, site);
	if (list) pushBounded(list, event, timeline.limit);
	else timeline.bySite[site] = [event];
	return event;
}

/** Forgets a site's events (the user cleared the site). */
export function clearTimeline(timeline: Timeline, site: string): void {
	delete timeline.bySite[site];
}
