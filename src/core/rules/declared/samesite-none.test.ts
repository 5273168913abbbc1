import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { samesiteNone } from "./samesite-none.ts";

test.each([
	["session", "none", "medium"],
	["csrf", "none", "medium"],
	["other", "none", "info"],
	["session", "lax", undefined],
	["session", "unspecified", undefined],
] as const)("%s cookie with SameSite %s → %s", (role, sameSite, severity) => {
	expect(findingOf(samesiteNone, makeCookie({ sameSite }), { role })?.severity).toBe(severity);
});
