import { expect, test } from "vitest";
import { randomFrom, randomHex } from "../audit/testing/random-values.ts";
import { estimateEntropyBits, expectedShannon, shannonBitsPerChar } from "./entropy.ts";

// The charset is inferred from the characters seen, so a random draw that happens to use no digit is
// measured over fewer symbols: 43 base64url characters without a digit (p ≈ 0.07% per draw) are
// 43 × log2(54) ≈ 247 bits, 26 base32 characters without one 26 × log2(22) ≈ 116 bits. The lower
// bounds allow for those draws; a bias would still show across the 20 draws.
test.each([
	["32 random hex digits", () => randomHex(16), 128, 128],
	["64 random hex digits", () => randomHex(32), 256, 256],
	["26 random base32 characters (PHP)", () => randomFrom("0123456789abcdefghijklmnopqrstuv", 26), 115, 134],
	[
		"43 random base64url characters",
		() => randomFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43),
		245,
		258,
	],
	["one repeated character", () => "a".repeat(40), 0, 0],
	["two alternating characters", () => "ab".repeat(20), 0, 80],
	["an alphabet run", () => "abcdefghijklmnopqrstuvwxyz", 0, 80],
	["a short word", () => "admin", 0, 24],
])("%s: between %i and %i bits", (_, make, min, max) => {
	// Random inputs: repeat so a lucky draw cannot hide a bias.
	for (let i = 0; i < 20; i++) {
		const { bits } = estimateEntropyBits(make());
		expect(bits).toBeGreaterThanOrEqual(min);
		expect(bits).toBeLessThanOrEqual(max);
	}
});

test("base64 padding does not count", () => {
	expect(estimateEntropyBits("QUJDREVGR0g=").length).toBe(11);
});

test.each([
	["aaaa", 0],
	["abab", 1],
	["abcd", 2],
])("Shannon entropy of %s is %f bits per character", (value, bits) => {
	expect(shannonBitsPerChar(value)).toBeCloseTo(bits);
});

test("short random strings are expected to fall short of log2 of the alphabet", () => {
	expect(expectedShannon(32, 16)).toBeLessThan(4);
	expect(expectedShannon(32, 16)).toBeGreaterThan(3.4);
	expect(expectedShannon(4000, 16)).toBeCloseTo(4, 1);
});
