import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { missingHttponly } from "./missing-httponly.ts";

test.each([
	["session", false, "high"],
	["csrf", false, undefined],
	["other", false, "info"],
	["session", true, undefined],
] as const)("%s cookie with HttpOnly=%s → %s", (role, httpOnly, severity) => {
	expect(findingOf(missingHttponly, makeCookie({ httpOnly }), { role })?.severity).toBe(severity);
});

test("the fix names the PHP setting", () => {
	expect(findingOf(missingHttponly, makeCookie({ httpOnly: false }))?.fix).toContain(
		"session.cookie_httponly = 1",
	);
});
