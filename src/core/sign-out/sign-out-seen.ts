/**
 * When a sign-out happened, read from the site's timeline: a response removed one of the session cookies
 * the sign-out test watches, or replaced its value (a server that hands out a fresh anonymous id at
 * logout). A page script clearing it, the browser expiring it, or a response sending the same value again
 * (a rolling session's refresh) is not a sign-out.
 */
import { type CookieIdentity, identityKey } from "../cookie.ts";
import type { TimelineEvent } from "../observe/timeline.ts";

export interface SignOutSeen {
	timeMs: number;
	/** `GET /logout 303`. */
	by: string;
}

export function signOutSeen(
	events: readonly TimelineEvent[],
	watched: readonly CookieIdentity[],
	sinceMs: number,
): SignOutSeen | undefined {
	const keys = new Set(watched.map(identityKey));
	for (const e of events) {
		if (e.timeMs < sinceMs || typeof e.by !== "object" || !keys.has(identityKey(e.cookie))) continue;
		const replaced = e.kind === "changed" && e.previousHash !== undefined && e.previousHash !== e.valueHash;
		if (e.kind === "removed" || replaced) {
			return { timeMs: e.timeMs, by: `${e.by.method} ${e.by.path} ${e.by.status}` };
		}
	}
	return undefined;
}
