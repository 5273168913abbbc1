import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { twisterTest, untemper } from "./mersenne-twister.ts";
import { numericSample } from "./numeric-values.ts";
import python from "./testing/python-random.json" with { type: "json" };

const run = (values: string[]) => {
	const numeric = numericSample(values);
	return numeric && twisterTest(numeric);
};

test("untempering gives back the state word: MT19937's first output after init_genrand(5489) is 3499211612", () => {
	// The reference implementation's first state word after seeding with 5489 (mt19937ar.c, init_genrand):
	// mt[1] = 1812433253 · (mt[0] ⊕ (mt[0] ≫ 30)) + 1, and the first output tempers the twisted mt[0].
	expect(untemper(3499211612)).toBe(2601187879);
});

test("CPython getrandbits(128) ids are found, their words read least significant first", () => {
	expect(run(python.getrandbits128)).toEqual({
		name: "mersenne-twister",
		passed: false,
		detail:
			"MT19937 (Python random, Ruby rand): 176 of 176 relations s[k+624] = f(s[k], s[k+1], s[k+397]) hold, read as 4 outputs per id, least significant first",
	});
});

test("unpadded getrandbits(64) ids and ids of outputs printed in order are found", () => {
	expect(run(python.getrandbits64Unpadded)?.passed).toBe(false);
	expect(run(python.fourWordsInOrder)?.detail).toMatch(/, most significant first$/);
});

test("CSPRNG ids hold no relation", () => {
	const result = run(Array.from({ length: 200 }, () => randomBytes(16).toString("hex")));
	expect(result?.passed).toBe(true);
	expect(result?.detail).toMatch(/^0 of 176 MT19937 relations hold/);
});

test("a constant word (zero padding) takes no part: zeros fit the relation trivially", () => {
	const result = run(Array.from({ length: 200 }, () => `${randomBytes(12).toString("hex")}00000000`));
	expect(result?.passed).toBe(true);
});

test("ids with only one varying 32-bit word in four (a UUIDv1's time_low) have no relation to test", () => {
	expect(
		run(Array.from({ length: 200 }, () => `${randomBytes(4).toString("hex")}${"ab".repeat(12)}`)),
	).toBeUndefined();
});

test("too few words for the recurrence: no test", () => {
	expect(run(Array.from({ length: 100 }, () => randomBytes(16).toString("hex")))).toBeUndefined();
});
