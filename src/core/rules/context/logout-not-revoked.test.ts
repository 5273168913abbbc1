import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { logoutNotRevoked } from "./logout-not-revoked.ts";

const signOut = { timeMs: Date.UTC(2026, 11, 3, 10, 4, 5), answer: "GET /account 200" };

test.each([
	["session", "high"],
	["csrf", undefined],
	["other", undefined],
] as const)("%s still accepted after sign-out → %s", (role, severity) => {
	expect(findingOf(logoutNotRevoked, makeCookie(), { role, signOut })?.severity).toBe(severity);
});

test("silent without a sign-out test's verdict", () => {
	expect(findingOf(logoutNotRevoked, makeCookie())).toBeUndefined();
});

test("the message says what the server answered; the fix says to invalidate on the server", () => {
	const finding = findingOf(logoutNotRevoked, makeCookie({ name: "sid" }), { signOut });
	expect(finding?.message).toBe(
		"session cookie `sid` still signed you in after the sign-out at 10:04:05 UTC: restored and reloaded, the server answered GET /account 200 and kept it, so the logout did not end the session on the server",
	);
	expect(finding?.fix).toContain("Invalidate the session on the server when the user signs out");
	expect(finding?.fix).toContain("Spring: http.logout(l -> l.invalidateHttpSession(true)");
});
