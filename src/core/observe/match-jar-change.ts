/**
 * Who made a change of the cookie jar: an observed response's Set-Cookie (the server), a page script
 * (document.cookie, CookieStore), or the browser itself (expiry, eviction). `cookies.onChanged` does not
 * say (MDN, cookies.OnChangedCause: "explicit" covers every insertion), and it races the webRequest
 * events: the change can arrive before or after the response that caused it. So a change is matched
 * against the Set-Cookies of responses in both orders: a change no recent response explains waits as
 * pending, and is the script's once `windowMs` has passed. That call can be early: a loaded browser has
 * delivered the two events of one write more than the window apart. So a Set-Cookie stays claimable, and
 * a change called the script's stays open to a late response, for `lateMs`: a response that then explains
 * it makes it the server's after all (`late`), and the timeline corrects its event (timeline.ts). Pure:
 * the caller passes every time (epoch milliseconds) and calls `expire` on a timer.
 *
 * A change is the script's only on a site whose responses the caller has heard (`heard`): the extension
 * sees responses only of sites it has host access to, and a background the browser is just starting can
 * miss the response of the page that started it while its cookie changes still arrive. A change on a site
 * never heard from is `unseen`: its writer cannot be told, and it is open to a late response as a
 * script's change is.
 *
 * The two sides are compared on one clock: `cookies.onChanged` carries no time, so a change is timed
 * when it reaches the caller, and a response is matched at the time it reached the caller too (`atMs`),
 * not at its own `timeStamp`. A loaded browser can deliver a page's cookie changes a second or more
 * after the response's timeStamp; both kinds of event wait in the same delivery, so their arrival times
 * stay close where the browser's timestamps and the arrival of the other would not.
 */
import type { Cookie } from "../cookie.ts";
import { siteOf } from "../site/site-key.ts";
import type { ObservedResponse, ObservedSetCookie } from "./response-log.ts";

/** One `cookies.onChanged` event, the cookie in core's shape (MDN, cookies.onChanged). */
export interface JarChange {
	cookie: Cookie;
	removed: boolean;
	/** "explicit" | "overwrite" | "expired" | "evicted" | "expired_overwrite" (MDN, cookies.OnChangedCause). */
	cause: string;
	timeMs: number;
}

export type Attribution =
	| {
			change: JarChange;
			by: "server";
			response: ObservedResponse;
			setCookie: ObservedSetCookie;
			/** The change was called the script's before this response arrived: a correction. */
			late?: true;
	  }
	/** No observed response explains it: a page script, or for a removal possibly another extension. */
	| { change: JarChange; by: "script" }
	/** No response explains it, and no response of its site was ever heard: the writer cannot be told. */
	| { change: JarChange; by: "unseen" }
	/** The browser removed it: it expired or was evicted. */
	| { change: JarChange; by: "browser" }
	/** The old copy a new write replaced ("overwrite"): the paired insertion carries the event. */
	| { change: JarChange; by: "overwritten" };

interface Candidate {
	response: ObservedResponse;
	setCookie: ObservedSetCookie;
	/** When the response reached the caller (absent in matchers saved before it was kept: its timeMs). */
	atMs?: number;
}

const candidateMs = (c: Candidate): number => c.atMs ?? c.response.timeMs;

export interface ChangeMatcher {
	windowMs: number;
	/** Changes no response has explained yet, oldest first. */
	pending: JarChange[];
	/** Set-Cookies of recent responses that no change has claimed yet. */
	unclaimed: Candidate[];
	/** How long a Set-Cookie stays claimable and a script's change correctable (absent in older saves). */
	lateMs?: number;
	/** Changes called the script's within `lateMs`, oldest first (absent in older saves). */
	scripted?: JarChange[];
	/**
	 * Sites (site-key.ts) some response of which was heard, newest last, at most HEARD_LIMIT; absent in
	 * older saves, which call every unexplained change the script's.
	 */
	heard?: string[];
}

/** Sites remembered as heard: a browser session's worth; the oldest is forgotten first. */
export const HEARD_LIMIT = 1_000;

/**
 * Wide enough for a loaded machine's delivery of the two events (they have been seen more than a second
 * apart), narrow enough that a script's write reads as the script's within a few seconds. A change only
 * matches a Set-Cookie of the same cookie and value, so a wider window risks little.
 */
export const DEFAULT_MATCH_WINDOW_MS = 2_000;

/**
 * Long enough for any delivery of the two events a loaded machine has shown, and bounded: a change only
 * matches a Set-Cookie of the same cookie and the same value (a keyed hash), each Set-Cookie explains one
 * change, so the span decides little but how much is kept. 30 seconds is also how long a browser lets an
 * idle background live (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle).
 */
export const LATE_MATCH_MS = 30_000;

export function createChangeMatcher(
	windowMs = DEFAULT_MATCH_WINDOW_MS,
	lateMs = LATE_MATCH_MS,
): ChangeMatcher {
	return { windowMs, lateMs, pending: [], unclaimed: [], scripted: [], heard: [] };
}

const lateOf = (matcher: ChangeMatcher): number =>
	Math.max(matcher.lateMs ?? LATE_MATCH_MS, matcher.windowMs);

/**
 * Identity as both sides can tell it: name, domain, host-only and path, and whether it is partitioned.
 * The partition's top-level site is not compared: a frame's response evaluates with its own URL as the
 * top level, while the browser keys by the tab's (CHIPS), so the two would differ for exactly the cookies
 * partitions are for. The store is not compared either: the response log does not know it.
 */
function sameCookie(a: Cookie, b: Cookie): boolean {
	return (
		a.name === b.name &&
		a.domain === b.domain &&
		a.hostOnly === b.hostOnly &&
		a.path === b.path &&
		Boolean(a.partitionKey) === Boolean(b.partitionKey)
	);
}

/** A deletion is explained by an expired Set-Cookie; an insertion by a stored one with its value. */
function explains(candidate: Candidate, change: JarChange, spanMs: number): boolean {
	if (Math.abs(candidateMs(candidate) - change.timeMs) > spanMs) return false;
	const { outcome } = candidate.setCookie;
	if (outcome.status === "rejected" || !sameCookie(outcome.cookie, change.cookie)) return false;
	if (change.removed) return outcome.status === "deleted";
	return outcome.status === "stored" && outcome.cookie.value === change.cookie.value;
}

type ServerAttribution = Extract<Attribution, { by: "server" }>;

function byServer(change: JarChange, candidate: Candidate): ServerAttribution {
	return { change, by: "server", response: candidate.response, setCookie: candidate.setCookie };
}

/**
 * A jar change: attributed at once when a recent response explains it (or the browser or an overwrite
 * did it), else kept pending and undefined returned; `recordResponse` or `expire` will attribute it.
 */
export function matchChange(matcher: ChangeMatcher, change: JarChange): Attribution | undefined {
	if (change.removed && (change.cause === "expired" || change.cause === "evicted")) {
		return { change, by: "browser" };
	}
	if (change.removed && change.cause === "overwrite") return { change, by: "overwritten" };
	const at = matcher.unclaimed.findIndex((c) => explains(c, change, lateOf(matcher)));
	const candidate = at === -1 ? undefined : matcher.unclaimed[at];
	if (candidate === undefined) {
		matcher.pending.push(change);
		return undefined;
	}
	matcher.unclaimed.splice(at, 1);
	return byServer(change, candidate);
}

function noteHeard(matcher: ChangeMatcher, site: string): void {
	const heard = matcher.heard;
	if (!heard || heard.at(-1) === site) return;
	const at = heard.indexOf(site);
	if (at !== -1) heard.splice(at, 1);
	heard.push(site);
	if (heard.length > HEARD_LIMIT) heard.splice(0, heard.length - HEARD_LIMIT);
}

/** Takes the first change of `changes` the candidate explains out of the list. */
function claim(changes: JarChange[], candidate: Candidate, spanMs: number): JarChange | undefined {
	const at = changes.findIndex((change) => explains(candidate, change, spanMs));
	return at === -1 ? undefined : changes.splice(at, 1)[0];
}

/**
 * A new response, reached the caller at `atMs` (default: its own time): attributes the pending changes it
 * explains, corrects the script's changes it explains (`late`), and keeps its other Set-Cookies a while.
 */
export function matchResponse(
	matcher: ChangeMatcher,
	response: ObservedResponse,
	atMs = response.timeMs,
): Attribution[] {
	const attributed: Attribution[] = [];
	const spanMs = lateOf(matcher);
	noteHeard(matcher, siteOf(response.host));
	for (const setCookie of response.setCookies) {
		if (setCookie.outcome.status === "rejected") continue;
		const candidate: Candidate = { response, setCookie, atMs };
		const change = claim(matcher.pending, candidate, spanMs);
		if (change) {
			attributed.push(byServer(change, candidate));
			continue;
		}
		const scripted = claim(matcher.scripted ?? [], candidate, spanMs);
		if (scripted) attributed.push({ ...byServer(scripted, candidate), late: true });
		else matcher.unclaimed.push(candidate);
	}
	return attributed;
}

/**
 * At `nowMs`: pending changes older than the window are the script's, or `unseen` on a site never heard
 * (returned, oldest first, and open to a late response for `lateMs`); Set-Cookies and the script's
 * changes older than `lateMs` stop waiting.
 */
export function expire(matcher: ChangeMatcher, nowMs: number): Attribution[] {
	const cutoff = nowMs - matcher.windowMs;
	const lateCutoff = nowMs - lateOf(matcher);
	const expired = matcher.pending.filter((c) => c.timeMs < cutoff);
	matcher.pending = matcher.pending.filter((c) => c.timeMs >= cutoff);
	matcher.unclaimed = matcher.unclaimed.filter((c) => candidateMs(c) >= lateCutoff);
	matcher.scripted = [...(matcher.scripted ?? []), ...expired].filter((c) => c.timeMs >= lateCutoff);
	const { heard } = matcher;
	return expired.map((change) =>
		heard === undefined || heard.includes(siteOf(change.cookie.domain))
			? { change, by: "script" }
			: { change, by: "unseen" },
	);
}
