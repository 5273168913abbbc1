/**
 * The sign-ins of a HAR and what each did to the site's cookies (docs/design.md, "Version 2":
 * `session-fixation`): the jar just before the sign-in entry against the jar after it and the redirects
 * that follow it, replayed on the HAR's own clock. Values are compared as they are and never leave this
 * module: a fact carries an outcome, and the subjects it is attached to are matched by identity.
 */
import type { AuditSubject, SignInFact } from "../../core/audit-input.ts";
import { identityKey } from "../../core/cookie.ts";
import { concerningRequest } from "../../core/sign-in/sent-with-sign-in.ts";
import { compareAtSignIn, type JarState, jarStateOf } from "../../core/sign-in/sign-in-outcome.ts";
import { siteOf } from "../../core/site/site-key.ts";
import type { Browser } from "../args/cli-options.ts";
import type { HarSignIn } from "./har-sign-in-request.ts";
import { createHeaderJar, type HeaderJar } from "./header-jar.ts";
import type { HarStep } from "./read-har.ts";

interface Pending {
	index: number;
	signIn: HarSignIn;
	/** The last of its redirects: the jar after that entry is the jar after the sign-in. */
	end: number;
	before: JarState;
}

/** The last redirect after `index`: each hop is the next entry that requests the previous one's target. */
function redirectsEnd(steps: readonly HarStep[], index: number): number {
	let end = index;
	let target = steps[index]?.redirectTo;
	while (target !== undefined) {
		const next = steps.findIndex((step, i) => i > end && step.url === target);
		if (next < 0) break;
		end = next;
		target = steps[next]?.redirectTo;
	}
	return end;
}

function siteState(jar: HeaderJar, url: string) {
	const site = siteOf(new URL(url).hostname);
	return jarStateOf(jar.subjects().flatMap((s) => (siteOf(s.cookie.domain) === site ? [s.cookie] : [])));
}

/**
 * A cookie set before the HAR began is in the jar only after the sign-in re-sent it; the request's own
 * Cookie header tells its value before (by name: a Cookie header carries no domain or path).
 */
function withSentCookies(before: JarState, after: JarState, sent: HarSignIn["sent"]): JarState {
	const known = new Set([...before.values()].map(({ cookie }) => cookie.name));
	const filled = new Map(before);
	for (const [key, { cookie }] of after) {
		const value = sent.find((c) => c.name === cookie.name)?.value;
		if (value !== undefined && !known.has(cookie.name) && !filled.has(key))
			filled.set(key, { cookie, value });
	}
	return filled;
}

/** Each cookie's fact, by identity key, from the sign-ins that worked; a later sign-in replaces an earlier one's. */
export function harSignInFacts(
	steps: readonly HarStep[],
	browser: Browser,
	now: number,
): Map<string, SignInFact> {
	const jar = createHeaderJar(browser, now);
	const facts = new Map<string, SignInFact & { index: number }>();
	let pending: Pending[] = [];
	for (const [index, step] of steps.entries()) {
		const { signIn } = step;
		if (signIn?.result === "succeeded")
			pending.push({ index, signIn, end: redirectsEnd(steps, index), before: siteState(jar, step.url) });
		for (const event of step.events) jar.apply(event);
		for (const done of pending.filter((p) => p.end === index)) settle(done, steps, jar, facts);
		pending = pending.filter((p) => p.end !== index);
	}
	return new Map([...facts].map(([key, { index: _, ...fact }]) => [key, fact]));
}

/** Records what one sign-in did, unless a later sign-in (one whose redirects ended first) already did. */
function settle(
	done: Pending,
	steps: readonly HarStep[],
	jar: HeaderJar,
	facts: Map<string, SignInFact & { index: number }>,
): void {
	const { url, startedMs } = steps[done.index] as HarStep;
	const after = siteState(jar, url);
	const fact = {
		id: `har-entry-${done.index}`,
		timeMs: startedMs ?? 0,
		by: done.signIn.by,
		index: done.index,
	};
	const outcomes = compareAtSignIn(withSentCookies(done.before, after, done.signIn.sent), after);
	for (const { cookie, outcome } of concerningRequest(outcomes, url)) {
		const key = identityKey(cookie);
		if ((facts.get(key)?.index ?? -1) < done.index) facts.set(key, { ...fact, outcome });
	}
}

/** The subjects with the fact of the latest sign-in that concerned each. */
export function withSignIns(
	subjects: readonly AuditSubject[],
	facts: ReadonlyMap<string, SignInFact>,
): AuditSubject[] {
	return subjects.map((subject) => {
		const signIn = facts.get(identityKey(subject.cookie));
		return signIn === undefined ? subject : { ...subject, signIn };
	});
}
