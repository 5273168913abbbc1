import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compileGlob } from "./glob-match.ts";
import { ADVERSARIAL_GLOBS, elapsed } from "./testing/adversarial-names.ts";

/** How globs matched before: compiled to an anchored, backtracking RegExp (safe on short inputs only). */
function backtrackingGlob(glob: string): RegExp {
	const source = glob
		.split("*")
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
		.join(".*");
	return new RegExp(`^${source}$`);
}

describe("globs", () => {
	test.each([
		["sess*", "session_id", true],
		["sess*", "my_session", false],
		["*_session", "_app_session", true],
		["*_session", "_session_x", false],
		["a*b*c", "abc", true],
		["a*b*c", "aXbYc", true],
		["a*b*c", "acb", false],
		["ab*ba", "aba", false],
		["ab*ba", "abba", true],
		["a*b*b", "ab", false],
		["a*b*b", "abb", true],
		["*", "", true],
		["**", "x", true],
		["a.b", "axb", false],
		["a.b", "a.b", true],
		["(x)+", "(x)+", true],
		["JSESSIONID", "jsessionid", false],
	])("%s matches %s: %s", (glob, name, expected) => {
		expect(compileGlob(glob)(name)).toBe(expected);
	});

	test("match as the backtracking RegExp did, on short names", () => {
		// Line terminators are left out: `.` did not match them, though `*` was documented as any run.
		const text = (chars: string[], max: number) =>
			fc.array(fc.constantFrom(...chars), { maxLength: max }).map((c) => c.join(""));
		const globs = text(["a", "b", "*", "*", ".", "(", "\\"], 7);
		fc.assert(
			fc.property(globs, text(["a", "b", "a", "b", ".", "é"], 9), (glob, name) => {
				expect(compileGlob(glob)(name)).toBe(backtrackingGlob(glob).test(name));
			}),
			{ numRuns: 2500 },
		);
	}, 30_000); // many runs on a shared machine: a guard, not a timing

	test("* spans any characters, line separators too", () => {
		expect(compileGlob("a*b")("a\u2028b")).toBe(true);
	});

	test.each(ADVERSARIAL_GLOBS)("$pattern on a 4,000-character name answers $matches at once", (c) => {
		const matches = compileGlob(c.pattern);
		let result: boolean | undefined;
		const ms = elapsed(() => {
			result = matches(c.name);
		});
		expect(result).toBe(c.matches);
		expect(ms).toBeLessThan(250);
	});
});
