import { expect, test } from "vitest";
import { randomHex } from "../audit/testing/random-values.ts";
import { detectWeakness } from "./weakness.ts";

test.each([
	["1767225600", "timestamp"],
	["1767225600123", "timestamp"],
	["1767225600.25", "timestamp"],
	["9999999999", "numeric"],
	["123456", "sequential"],
	["abcdef", "sequential"],
	["fedcba", "sequential"],
	["42", "numeric"],
	["18446744073709551615", "numeric"],
	["aaaaaaaa", "low-variety"],
	["abababababababababab", "low-variety"],
	["deleted", undefined],
	["", undefined],
	[randomHex(16), undefined],
	["83920174639201746392017463920174639201", undefined],
])("%s → %s", (value, weakness) => {
	expect(detectWeakness(value)).toBe(weakness);
});
