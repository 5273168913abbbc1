import { expect, test } from "vitest";
import { compileNamePattern, matchesName } from "./name-pattern.ts";

test.each([
	["sess*", "session_id", true],
	["sess*", "my_session", false],
	["*_session", "_app_session", true],
	["a.b", "axb", false],
	["a.b", "a.b", true],
	["/^sid$/i", "SID", true],
	["/^sid$/", "SID", false],
	["/^sid$/g", "sid", true],
	["JSESSIONID", "jsessionid", false],
])("%s matches %s: %s", (pattern, name, expected) => {
	expect(matchesName(pattern, name)).toBe(expected);
	// A stateful regex flag must not change the second answer.
	expect(matchesName(pattern, name)).toBe(expected);
});

test.each(["/[/", "/(?<x/u", ""])("invalid pattern %s is ignored instead of throwing", (pattern) => {
	expect(compileNamePattern(pattern)).toBeUndefined();
	expect(matchesName(pattern, "anything")).toBe(false);
});
