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
import { urlPath } from "../site/url-path.ts";
import { insertBounded, lastItems } from "./bounded-list.ts";
import type { Attribution } from "./match-jar-change.ts";

/**
 * Who wrote: the response (method, URL path, status), a page script, the browser (expiry, eviction), or
 * a writer that cannot be told (`unseen`: no response of the site was heard, match-jar-change.ts).
 */
export type TimelineWriter =
	| { method: string; path: string; status: number }
	| "script"
	| "browser"
	| "unseen";

export interface TimelineEvent {
	/** Epoch milliseconds. */
	timeMs: number;
	kind: "set" | "changed" | "removed";
	cookie: CookieIdentity;
	by: TimelineWriter;
	/** The keyed hash of the value written; absent for a removal. */
	valueHash?: string;
	/**
	 * The keyed hash of the value this event replaced or removed, when known: what the cookie held just
	 * before (a sign-in's before and after: sign-in/timeline-at-sign-in.ts).
	 */
	previousHash?: string;
}

export interface Timeline {
	/** Events kept per site. */
	limit: number;
	bySite: Record<string, TimelineEvent[]>;
	/**
	 * The hash of a copy an "overwrite" just replaced, by identity key, until the insertion that replaced
	 * it arrives (cookies.onChanged sends the removal first: MDN, cookies.OnChangedCause "overwrite").
	 */
	replaced?: Record<string, string>;
}

/** Overwrites waiting for their insertion: more means insertions that never came (kept small). */
const REPLACED_LIMIT = 100;

/** Keyed, short and non-reversible: see the module comment. */
export type ValueHash = (value: string) => string;

export const DEFAULT_TIMELINE_LIMIT = 200;

export function createTimeline(limit = DEFAULT_TIMELINE_LIMIT): Timeline {
	return { limit, bySite: {} };
}

function writerOf(attribution: Attribution): TimelineWriter {
	if (attribution.by === "script" || attribution.by === "unseen") return attribution.by;
	if (attribution.by !== "server") return "browser";
	const { response } = attribution;
	return { method: response.method, path: urlPath(response.url), status: response.status };
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
 * A late attribution: the script's (or unseen) event of that change, found by cookie, time and value,
 * becomes the response's (match-jar-change.ts, `late`). Undefined when there is no such event (never recorded, or no
 * longer kept): the attribution is then added as any other.
 */
function correct(timeline: Timeline, attribution: Attribution, hash: ValueHash): TimelineEvent | undefined {
	const { cookie, removed, timeMs } = attribution.change;
	const valueHash = removed ? undefined : hash(cookie.value);
	const event = eventsOf(timeline, cookie).findLast(
		(e) =>
			(e.by === "script" || e.by === "unseen") &&
			e.timeMs === timeMs &&
			(e.kind === "removed") === removed &&
			e.valueHash === valueHash,
	);
	if (event) event.by = writerOf(attribution);
	return event;
}

/**
 * Adds the event of one attribution and returns it (a late one corrects the event it had, see `correct`);
 * an "overwritten" removal adds none (the insertion
 * that replaced it is the event, and learns the value it replaced). An insertion is "changed" when the
 * cookie's last kept event left it in the jar or it replaced a copy, else "set".
 */
export function addEvent(
	timeline: Timeline,
	attribution: Attribution,
	hash: ValueHash,
): TimelineEvent | undefined {
	if (attribution.by === "server" && attribution.late) {
		const corrected = correct(timeline, attribution, hash);
		if (corrected) return corrected;
	}
	const { cookie, removed, timeMs } = attribution.change;
	const key = identityKey(cookie);
	if (attribution.by === "overwritten") {
		let replaced = timeline.replaced ?? {};
		if (Object.keys(replaced).length >= REPLACED_LIMIT) replaced = {};
		replaced[key] = hash(cookie.value);
		timeline.replaced = replaced;
		return undefined;
	}
	// In the order the changes happened, not the order they were attributed: a change called the script's
	// once the match window passed comes in after a later change a response explained at once, and the
	// later change is what the jar holds (setByOf reads the last event).
	const before = eventsOf(timeline, cookie).findLast((e) => e.timeMs <= timeMs);
	const overwritten = timeline.replaced?.[key];
	if (overwritten !== undefined) delete timeline.replaced?.[key];
	const present = before !== undefined && before.kind !== "removed";
	const kind = removed ? "removed" : present || overwritten !== undefined ? "changed" : "set";
	const event: TimelineEvent = { timeMs, kind, cookie: identityOf(cookie), by: writerOf(attribution) };
	if (!removed) event.valueHash = hash(cookie.value);
	const previous = removed ? hash(cookie.value) : (overwritten ?? (present ? before.valueHash : undefined));
	if (previous !== undefined) event.previousHash = previous;
	const site = siteOf(cookie.domain);
	const list = eventsOfSite(timeline, site);
	if (!list) timeline.bySite[site] = [event];
	else {
		let at = list.length;
		while (at > 0 && (list[at - 1]?.timeMs ?? 0) > timeMs) at--;
		insertBounded(list, event, at, timeline.limit);
	}
	return event;
}

/** Forgets a site's events (the user cleared the site). */
export function clearTimeline(timeline: Timeline, site: string): void {
	delete timeline.bySite[site];
}
