import { expect, test } from "vitest";
import { unsupportedFeature } from "./regex-features.ts";

const LINEAR = "which Session Hygiene does not run: name patterns must run in linear time";

test.each([
	["(a)\\1", "", `uses a backreference, ${LINEAR}`],
	["(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)\\12", "", `uses a backreference, ${LINEAR}`],
	["\\1(a)", "", `uses a backreference, ${LINEAR}`],
	["(a)\\1", "u", `uses a backreference, ${LINEAR}`],
	["(?<n>a)\\k<n>", "", `uses a backreference, ${LINEAR}`],
	["(?<n>a)|\\k<n>", "u", `uses a backreference, ${LINEAR}`],
	["a(?=b)", "", `uses a lookahead, ${LINEAR}`],
	["a(?!b)", "i", `uses a lookahead, ${LINEAR}`],
	["(?<=a)b", "", `uses a lookbehind, ${LINEAR}`],
	["(?<!a)b", "", `uses a lookbehind, ${LINEAR}`],
	[
		"sid\\z",
		"",
		"uses \\z, which JavaScript and the linear-time engine that runs name patterns read differently",
	],
	[
		"\\Asid",
		"",
		"uses \\A, which JavaScript and the linear-time engine that runs name patterns read differently",
	],
	[
		"\\p{L}",
		"",
		"uses \\p, which JavaScript and the linear-time engine that runs name patterns read differently",
	],
	[
		"\\c1",
		"",
		"uses \\c, which JavaScript and the linear-time engine that runs name patterns read differently",
	],
	["[a--b]", "v", "uses the v flag, which the linear-time engine that runs name patterns does not read"],
])("/%s/%s is refused: %s", (source, flags, reason) => {
	expect(unsupportedFeature(source, flags)).toBe(reason);
});

test.each([
	["^sid$", ""],
	["(?:a)(b)", ""],
	["(?<name>a)b", ""],
	// Without groups, `\12` is the octal escape of a newline and `\k` a plain k, in JavaScript as in RE2.
	["a\\12", ""],
	["\\k<n>", ""],
	// Inside a class, ( and \1 are not groups or backreferences.
	["[(?=]x", ""],
	["[\\]\\\\(]+", ""],
	["\\p{L}+", "u"],
	["\\cJ", ""],
	["\\(?=", ""],
])("/%s/%s runs", (source, flags) => {
	expect(unsupportedFeature(source, flags)).toBeUndefined();
});
