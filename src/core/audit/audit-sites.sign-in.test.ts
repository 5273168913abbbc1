/** session-fixation across the cookies of a site: a session renewed at the same sign-in carries the login. */
import { expect, test } from "vitest";
import type { AuditSubject, SignInFact } from "../audit-input.ts";
import { makeCookie } from "../rules/testing/rule-context.ts";
import { DEFAULT_SETTINGS } from "../settings/settings.ts";
import { auditSites } from "./audit-sites.ts";
import { randomHex } from "./testing/random-values.ts";

const signIn = (outcome: SignInFact["outcome"], id = "s1"): SignInFact => ({
	id,
	outcome,
	timeMs: Date.UTC(2026, 11, 3, 9, 0, 0),
	by: "POST /login 302",
});

function fixationsOf(subjects: AuditSubject[]): string[] {
	const [site] = auditSites({
		subjects,
		now: 1_767_225_600,
		settings: DEFAULT_SETTINGS,
		pageUrls: ["https://app.example.com/"],
	});
	return (site?.cookies ?? []).flatMap((c) =>
		c.findings.filter((f) => f.rule === "session-fixation").map((f) => `${c.name} ${f.severity}`),
	);
}

const sid = makeCookie({ name: "sessionid", value: randomHex(32) });
const auth = makeCookie({ name: "auth_token", value: randomHex(32) });
const csrf = makeCookie({ name: "csrftoken", value: randomHex(32), httpOnly: false });

test("the only session kept its value: high, and never on the csrf cookie that also kept its value", () => {
	expect(
		fixationsOf([
			{ cookie: sid, signIn: signIn("kept") },
			{ cookie: csrf, signIn: signIn("kept") },
		]),
	).toEqual(["sessionid high"]);
});

test("another session renewed or first set at the same sign-in: nothing", () => {
	for (const outcome of ["renewed", "new"] as const) {
		expect(
			fixationsOf([
				{ cookie: sid, signIn: signIn("kept") },
				{ cookie: auth, signIn: signIn(outcome) },
			]),
		).toEqual([]);
	}
});

test("a session renewed at another sign-in does not excuse this one", () => {
	expect(
		fixationsOf([
			{ cookie: sid, signIn: signIn("kept", "s2") },
			{ cookie: auth, signIn: signIn("renewed", "s1") },
		]),
	).toEqual(["sessionid high"]);
});

test("a csrf cookie renewed at the sign-in does not excuse the kept session", () => {
	expect(
		fixationsOf([
			{ cookie: sid, signIn: signIn("kept") },
			{ cookie: csrf, signIn: signIn("renewed") },
		]),
	).toEqual(["sessionid high"]);
});
