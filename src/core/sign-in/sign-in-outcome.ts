/**
 * What a sign-in did to each cookie of the site, from the cookie's value just before it and just after
 * (docs/design.md, "Version 2": `session-fixation`). OWASP Session Management Cheat Sheet, "Renew the
 * Session ID After Any Privilege Level Change": "The session ID regeneration is mandatory to prevent
 * session fixation attacks"; a session id that was there before the sign-in and is still there, with the
 * same value, after it is one an attacker could have planted. Values are compared as keyed hashes
 * (timeline.ts) or as they are (a HAR); never shown.
 */
import { type CookieIdentity, identityKey, identityOf } from "../cookie.ts";

/**
 * - renewed: there before with another value;
 * - kept: there before and after with the same value (fixation, for a session cookie);
 * - new: first set at the sign-in (fine: nothing to fix in advance);
 * - ended: there before, gone after.
 */
export type SignInOutcome = "renewed" | "kept" | "new" | "ended";

/** A cookie's value (or its hash) by identity key, at one moment; a missing key is a cookie not in the jar. */
export type JarState = ReadonlyMap<string, { cookie: CookieIdentity; value: string }>;

export interface CookieAtSignIn {
	cookie: CookieIdentity;
	outcome: SignInOutcome;
}

/**
 * Every cookie there before or after, in the order of `after` then the ended ones. Each outcome gets its
 * own copy of the identity, so a stored record shares no object with the timeline it was read from.
 */
export function compareAtSignIn(before: JarState, after: JarState): CookieAtSignIn[] {
	const outcomes: CookieAtSignIn[] = [];
	for (const [key, now] of after) {
		const then = before.get(key);
		const outcome = then === undefined ? "new" : then.value === now.value ? "kept" : "renewed";
		outcomes.push({ cookie: now.cookie, outcome });
	}
	for (const [key, then] of before)
		if (!after.has(key)) outcomes.push({ cookie: then.cookie, outcome: "ended" });
	return outcomes;
}

/** A jar state from cookies with their values (or hashes). */
export function jarStateOf(
	cookies: Iterable<CookieIdentity & { value: string }>,
): Map<string, { cookie: CookieIdentity; value: string }> {
	const state = new Map<string, { cookie: CookieIdentity; value: string }>();
	for (const cookie of cookies)
		state.set(identityKey(cookie), { cookie: identityOf(cookie), value: cookie.value });
	return state;
}
