import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compileLinearRegex } from "./linear-regex.ts";
import { ADVERSARIAL_REGEXES, elapsed } from "./testing/adversarial-names.ts";

function run(source: string, flags: string, text: string): boolean | string {
	const re = compileLinearRegex(source, flags);
	return re.ok ? re.test(text) : `refused: ${re.reason}`;
}

/** Small regular expressions of the syntax JavaScript and RE2 share, over a few characters. */
const regexSource = fc.letrec((tie) => ({
	atom: fc.oneof(
		fc.constantFrom(
			"a",
			"b",
			"B",
			"_",
			".",
			"[ab]",
			"[^a]",
			"[a-c_]",
			"\\d",
			"\\w",
			"\\W",
			"\\s",
			"\\.",
			"x{2}",
		),
		fc.constantFrom("^", "$", "\\b", "\\B", "\\x61", "\\u0062", "(?:)", "[]", "[^]"),
	),
	piece: fc.oneof(
		tie("atom"),
		fc
			.tuple(tie("group"), fc.constantFrom("*", "+", "?", "{1,2}", "*?", "+?", "{2,}"))
			.map(([g, q]) => `${g}${q}`),
	),
	group: fc.oneof(
		fc.array(tie("piece"), { minLength: 1, maxLength: 3 }).map((p) => `(${(p as string[]).join("")})`),
		fc.tuple(tie("piece"), tie("piece")).map(([x, y]) => `(?:${x}|${y})`),
		fc.tuple(tie("piece"), tie("piece")).map(([x, y]) => `(?:(?<n>${x})${y})`),
	),
	source: fc
		.array(fc.oneof(tie("piece"), tie("group")), { minLength: 1, maxLength: 3 })
		.map((p) => (p as string[]).join("")),
})).source as fc.Arbitrary<string>;

describe("linear-time regular expressions", () => {
	test.each([
		["^sid$", "i", "SID", true],
		["^sid$", "", "SID", false],
		["^tok_", "g", "tok_1", true],
		["^a.b$", "", "a\nb", false],
		["^a.b$", "s", "a\nb", true],
		["^b$", "", "a\nb", false],
		["^b$", "m", "a\nb", true],
		["^.$", "u", "😀", true],
		["\\p{Lu}", "u", "ABC", true],
		["(?<id>[0-9a-f]{8})", "", "x_deadbeef", true],
		["[]a]", "", "a]", false],
		["a/b", "", "a/b", true],
	])("/%s/%s on %j: %s", (source, flags, text, expected) => {
		expect(run(source, flags, text)).toBe(expected);
	});

	test("answer as JavaScript's RegExp does, on short names", () => {
		const name = fc
			.array(fc.constantFrom("a", "b", "B", "_", "1", " ", "\n", "."), { maxLength: 8 })
			.map((c) => c.join(""));
		const flags = fc.constantFrom("", "i", "m", "s", "u", "gi", "ims");
		fc.assert(
			fc.property(regexSource, flags, fc.array(name, { minLength: 8, maxLength: 8 }), (source, f, names) => {
				fc.pre((source.match(/\?<n>/g) ?? []).length < 2); // a group name may appear once
				const re = compileLinearRegex(source, f);
				if (!re.ok) throw new Error(`${source} refused: ${re.reason}`);
				const native = new RegExp(source, f.replace("g", ""));
				for (const text of names) expect(re.test(text), `${source} on ${text}`).toBe(native.test(text));
			}),
			{ numRuns: 300 },
		);
	}, 30_000); // many runs on a shared machine: a guard, not a timing

	test.each([
		[
			"(a)\\1",
			"uses a backreference, which Session Hygiene does not run: name patterns must run in linear time",
		],
		[
			"a{2000}",
			"is refused by the linear-time engine that runs name patterns (invalid repeat count: `{2000}`)",
		],
		[
			"(.*a){200}",
			"is too large for the linear-time engine that runs name patterns (1002 instructions, at most 500)",
		],
	])("/%s/ is refused, never run: %s", (source, reason) => {
		expect(compileLinearRegex(source, "")).toEqual({ ok: false, reason });
	});

	test.each([
		["(", ""],
		["a", "x"],
		["a", "gg"],
	])("/%s/%s is not a regular expression", (source, flags) => {
		expect(compileLinearRegex(source, flags)).toEqual({ ok: false });
	});

	test.each(ADVERSARIAL_REGEXES)("$pattern on a 4,000-character name answers $matches at once", (c) => {
		const [, source = "", flags = ""] = /^\/(.+)\/([a-z]*)$/.exec(c.pattern) ?? [];
		const re = compileLinearRegex(source, flags);
		if (!re.ok) throw new Error(`refused: ${re.reason}`);
		let result: boolean | undefined;
		const ms = elapsed(() => {
			result = re.test(c.name);
		});
		expect(result).toBe(c.matches);
		expect(ms).toBeLessThan(250);
	});
});
