/**
 * The sign-in test as the popup shows it (docs/protocol.md, "Sign-ins"): the user starts it,
 * signs in on the site, and finishes it; each cookie of the site then renewed its value, kept it, was
 * first set at the sign-in, or ended. Plain data for messages; times in epoch seconds.
 */
import { type CookieIdentity, identityKey } from "../cookie.ts";
import type { Role } from "../report.ts";
import type { SignInOutcome } from "./sign-in-outcome.ts";
import type { SignInRecord } from "./sign-in-record.ts";

/**
 * - fixation: a session cookie kept its value and none was renewed or first set (`session-fixation`);
 * - renewed: some session cookie was renewed or first set at the sign-in;
 * - no-session: the site had no session cookie before or after.
 */
export type SignInVerdict = "fixation" | "renewed" | "no-session";

export interface SignInTestCookie {
	cookie: CookieIdentity;
	/** The cookie's role now, or when the test began for a cookie that ended. */
	role: Role;
	outcome: SignInOutcome;
}

export interface SignInTestResult {
	startedAt: number;
	finishedAt: number;
	verdict: SignInVerdict;
	/** Session cookies first, then csrf, then the rest; each group in jar order. */
	cookies: SignInTestCookie[];
}

export interface SignInTestState {
	site: string;
	/** A test is running: it began then. */
	running?: { startedAt: number };
	/** The last finished test of the site in this store. */
	result?: SignInTestResult;
}

const ROLE_ORDER: Record<Role, number> = { session: 0, csrf: 1, other: 2 };

/** The verdict over the cookies, by role: session-fixation's own condition. */
export function signInVerdict(cookies: readonly SignInTestCookie[]): SignInVerdict {
	const sessions = cookies.filter((c) => c.role === "session");
	if (sessions.some((c) => c.outcome === "renewed" || c.outcome === "new")) return "renewed";
	return sessions.some((c) => c.outcome === "kept") ? "fixation" : "no-session";
}

/** `rolesNow` and `rolesThen` by identity key; a cookie known to neither is "other". */
export function signInTestResult(
	record: SignInRecord,
	rolesNow: ReadonlyMap<string, Role>,
	rolesThen: Readonly<Record<string, Role>>,
): SignInTestResult | undefined {
	if (record.endMs === undefined || !record.outcomes) return undefined;
	const cookies = record.outcomes
		.map(({ cookie, outcome }) => {
			const key = identityKey(cookie);
			const role =
				rolesNow.get(key) ?? (Object.hasOwn(rolesThen, key) ? rolesThen[key] : undefined) ?? "other";
			return { cookie, role, outcome };
		})
		.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
	return {
		startedAt: Math.floor(record.startMs / 1000),
		finishedAt: Math.floor(record.endMs / 1000),
		verdict: signInVerdict(cookies),
		cookies,
	};
}
