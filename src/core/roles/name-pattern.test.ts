import { expect, test } from "vitest";
import { checkNamePatternSyntax, compileNamePattern, matchesName } from "./name-pattern.ts";
import { ADVERSARIAL_GLOBS, ADVERSARIAL_REGEXES, elapsed } from "./testing/adversarial-names.ts";

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

test.each(["/[/", "/(?<x/u", "", "/(a)\\1/", "/a(?=b)/"])(
	"invalid or refused pattern %s is ignored instead of throwing",
	(pattern) => {
		expect(compileNamePattern(pattern)).toBeUndefined();
		expect(matchesName(pattern, "anything")).toBe(false);
	},
);

test.each([
	["/(/", "invalid regular expression /(/"],
	[
		"/(a)\\1/",
		"/(a)\\1/ uses a backreference, which Session Hygiene does not run: name patterns must run in linear time",
	],
	[
		"/^(?!tmp_)/",
		"/^(?!tmp_)/ uses a lookahead, which Session Hygiene does not run: name patterns must run in linear time",
	],
])("%s is refused with a sentence", (pattern, problem) => {
	expect(checkNamePatternSyntax(pattern)).toEqual({ ok: false, problem });
});

test.each([...ADVERSARIAL_GLOBS, ...ADVERSARIAL_REGEXES])(
	"$pattern on a 4,000-character name answers $matches at once",
	(c) => {
		let result: boolean | undefined;
		const ms = elapsed(() => {
			result = matchesName(c.pattern, c.name);
		});
		expect(result).toBe(c.matches);
		// Compiling is part of the first call; generous, as a guard, not a benchmark.
		expect(ms).toBeLessThan(250);
	},
);
