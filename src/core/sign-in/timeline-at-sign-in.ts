/**
 * A sign-in's before and after read from the site's timeline (observe/timeline.ts): what each cookie held
 * just before the sign-in began and once it had settled, as keyed hashes. A cookie nobody saw change
 * (set before the background watched, untouched since) is in the jar now with no event: it was there
 * throughout with one value, so it kept it. A cookie whose value just before cannot be known (its first
 * event is a change that does not say what it replaced) is left out rather than guessed.
 */
import { type CookieIdentity, identityKey, identityOf } from "../cookie.ts";
import type { TimelineEvent } from "../observe/timeline.ts";
import { type CookieAtSignIn, compareAtSignIn, type JarState } from "./sign-in-outcome.ts";

export interface SignInWindow {
	startMs: number;
	endMs: number;
	/** The tab's cookie store: other stores' cookies are other people's sessions. */
	storeId?: string;
}

type State = { present: false } | { present: true; value: string | undefined };

/** Stands for the value of a cookie nobody saw change: equal before and after. */
const UNTOUCHED = "\u0000untouched";

function stateAt(events: readonly TimelineEvent[], t: number): State | undefined {
	let last: TimelineEvent | undefined;
	for (const e of events) if (e.timeMs <= t) last = e;
	if (last) return last.kind === "removed" ? { present: false } : { present: true, value: last.valueHash };
	const next = events.find((e) => e.timeMs > t);
	if (!next) return undefined;
	return next.kind === "set" ? { present: false } : { present: true, value: next.previousHash };
}

/**
 * `events`: the site's kept events, oldest first; `jar`: the site's cookies now, in any store.
 * Outcomes for the cookies of the window's store only.
 */
export function outcomesFromTimeline(
	events: readonly TimelineEvent[],
	window: SignInWindow,
	jar: readonly CookieIdentity[],
): CookieAtSignIn[] {
	const store = window.storeId ?? "";
	const byKey = new Map<string, { cookie: CookieIdentity; events: TimelineEvent[] }>();
	for (const e of events) {
		if ((e.cookie.storeId ?? "") !== store) continue;
		const key = identityKey(e.cookie);
		const entry = byKey.get(key);
		if (entry) entry.events.push(e);
		else byKey.set(key, { cookie: e.cookie, events: [e] });
	}
	const before = new Map<string, { cookie: CookieIdentity; value: string }>();
	const after = new Map<string, { cookie: CookieIdentity; value: string }>();
	for (const [key, { cookie, events: own }] of byKey) {
		const then = stateAt(own, window.startMs - 1);
		const now = stateAt(own, window.endMs);
		if (!then || !now) continue;
		if ((then.present && then.value === undefined) || (now.present && now.value === undefined)) continue;
		if (then.present && then.value !== undefined) before.set(key, { cookie, value: then.value });
		if (now.present && now.value !== undefined) after.set(key, { cookie, value: now.value });
	}
	for (const cookie of jar) {
		if ((cookie.storeId ?? "") !== store) continue;
		const key = identityKey(cookie);
		if (byKey.has(key)) continue;
		const entry = { cookie: identityOf(cookie), value: UNTOUCHED };
		before.set(key, entry);
		after.set(key, entry);
	}
	return compareAtSignIn(before as JarState, after as JarState);
}
