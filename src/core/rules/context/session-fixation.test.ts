import { expect, test } from "vitest";
import type { SignInFact } from "../../audit-input.ts";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { sessionFixation } from "./session-fixation.ts";

const at = (outcome: SignInFact["outcome"]): SignInFact => ({
	id: "s1",
	outcome,
	timeMs: Date.UTC(2026, 11, 3, 9, 15, 30),
	by: "POST /login 302",
});

test.each([
	["session kept its value", "session", "kept", false, "high"],
	["session kept, another session renewed at the same sign-in", "session", "kept", true, undefined],
	["session renewed", "session", "renewed", false, undefined],
	["session first set at the sign-in", "session", "new", false, undefined],
	["csrf kept its value", "csrf", "kept", false, undefined],
	["other kept its value", "other", "kept", false, undefined],
] as const)("%s → %s", (_, role, outcome, renewedOther, severity) => {
	const finding = findingOf(sessionFixation, makeCookie(), {
		role,
		signIn: at(outcome),
		sessionRenewedAtSignIn: renewedOther,
	});
	expect(finding?.severity).toBe(severity);
});

test("a sign-in whose success rests on a bare 2xx to a script: medium, and the message says why", () => {
	const finding = findingOf(sessionFixation, makeCookie({ name: "sid" }), {
		signIn: { ...at("kept"), by: "POST /api/login 200", confirmed: false },
	});
	expect(finding?.severity).toBe("medium");
	expect(finding?.message).toContain("(that the sign-in worked is read from a 2xx answer to a script alone)");
});

test("silent without an observed sign-in", () => {
	expect(findingOf(sessionFixation, makeCookie())).toBeUndefined();
});

test("the message names the cookie, the sign-in's time and request; the fix says to renew the id", () => {
	const finding = findingOf(sessionFixation, makeCookie({ name: "sid" }), { signIn: at("kept") });
	expect(finding?.message).toBe(
		"session cookie `sid` kept its value across the sign-in at 09:15:30 UTC (POST /login 302): an id set before signing in carries the login, so whoever planted it shares the session",
	);
	expect(finding?.fix).toContain("Issue a new session id when the user signs in");
	expect(finding?.fix).toContain("Express: req.session.regenerate(");
	expect(finding?.fix).toContain("Laravel/PHP: $request->session()->regenerate();");
});
