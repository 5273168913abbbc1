/**
 * Who made a change of the cookie jar: an observed response's Set-Cookie (the server), a page script
 * (document.cookie, CookieStore), or the browser itself (expiry, eviction). `cookies.onChanged` does not
 * say (MDN, cookies.OnChangedCause: "explicit" covers every insertion), and it races the webRequest
 * events: the change can arrive before or after the response that caused it. So a change is matched
 * against the Set-Cookies of responses within `windowMs` of it, in both orders: a change no recent
 * response explains waits as pending, and is the script's once the window has passed. Pure: the caller
 * passes every time (epoch milliseconds) and calls `expire` on a timer.
 *
 * The two sides are compared on one clock: `cookies.onChanged` carries no time, so a change is timed
 * when it reaches the caller, and a response is matched at the time it reached the caller too (`atMs`),
 * not at its own `timeStamp`. A loaded browser can deliver a page's cookie changes a second or more
 * after the response's timeStamp; both kinds of event wait in the same delivery, so their arrival times
 * stay close where the browser's timestamps and the arrival of the other would not.
 */
import type { Cookie } from "../cookie.ts";
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
	| { change: JarChange; by: "server"; response: ObservedResponse; setCookie: ObservedSetCookie }
	/** No observed response explains it: a page script, or for a removal possibly another extension. */
	| { change: JarChange; by: "script" }
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
}

/**
 * Wide enough for a loaded machine's delivery of the two events (they have been seen more than a second
 * apart), narrow enough that a script's write reads as the script's within a few seconds. A change only
 * matches a Set-Cookie of the same cookie and value, so a wider window risks little.
 */
export const DEFAULT_MATCH_WINDOW_MS = 2_000;

export function createChangeMatcher(windowMs = DEFAULT_MATCH_WINDOW_MS): ChangeMatcher {
	return { windowMs, pending: [], unclaimed: [] };
}

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
function explains(candidate: Candidate, change: JarChange, windowMs: number): boolean {
	if (Math.abs(candidateMs(candidate) - change.timeMs) > windowMs) return false;
	const { outcome } = candidate.setCookie;
	if (outcome.status === "rejected" || !sameCookie(outcome.cookie, change.cookie)) return false;
	if (change.removed) return outcome.status === "deleted";
	return outcome.status === "stored" && outcome.cookie.value === change.cookie.value;
}

function byServer(change: JarChange, candidate: Candidate): Attribution {
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
	const at = matcher.unclaimed.findIndex((c) => explains(c, change, matcher.windowMs));
	const candidate = at === -1 ? undefined : matcher.unclaimed[at];
	if (candidate === undefined) {
		matcher.pending.push(change);
		return undefined;
	}
	matcher.unclaimed.splice(at, 1);
	return byServer(change, candidate);
}

/**
 * A new response, reached the caller at `atMs` (default: its own time): attributes the pending changes it
 * explains and keeps its other Set-Cookies a while.
 */
export function matchResponse(
	matcher: ChangeMatcher,
	response: ObservedResponse,
	atMs = response.timeMs,
): Attribution[] {
	const attributed: Attribution[] = [];
	for (const setCookie of response.setCookies) {
		if (setCookie.outcome.status === "rejected") continue;
		const candidate: Candidate = { response, setCookie, atMs };
		const at = matcher.pending.findIndex((change) => explains(candidate, change, matcher.windowMs));
		const change = at === -1 ? undefined : matcher.pending[at];
		if (change === undefined) {
			matcher.unclaimed.push(candidate);
			continue;
		}
		matcher.pending.splice(at, 1);
		attributed.push(byServer(change, candidate));
	}
	return attributed;
}

/**
 * At `nowMs`: pending changes older than the window are the script's (returned, oldest first), and
 * Set-Cookies older than the window stop waiting for a change.
 */
export function expire(matcher: ChangeMatcher, nowMs: number): Attribution[] {
	const cutoff = nowMs - matcher.windowMs;
	const expired = matcher.pending.filter((c) => c.timeMs < cutoff);
	matcher.pending = matcher.pending.filter((c) => c.timeMs >= cutoff);
	matcher.unclaimed = matcher.unclaimed.filter((c) => candidateMs(c) >= cutoff);
	return expired.map((change) => ({ change, by: "script" }));
}
