import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { samesiteMissing } from "./samesite-missing.ts";

test.each([
	["session", "unspecified", "medium"],
	["csrf", "unspecified", "medium"],
	["other", "unspecified", "low"],
	["session", "lax", undefined],
	["session", "none", undefined],
] as const)("%s cookie with SameSite %s → %s", (role, sameSite, severity) => {
	expect(findingOf(samesiteMissing, makeCookie({ sameSite }), { role })?.severity).toBe(severity);
});

test("an invalid SameSite in the header is left to samesite-invalid", () => {
	const header = {
		setCookie: "sid=x; SameSite=Relaxed",
		url: "https://app.example.com/",
		sameSiteAttribute: "Relaxed",
	};
	expect(findingOf(samesiteMissing, makeCookie({ sameSite: "unspecified" }), { header })).toBeUndefined();
});
