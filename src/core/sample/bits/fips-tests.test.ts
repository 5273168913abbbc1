import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { longRunLimit, monobitBounds, runBounds } from "./fips-bounds.ts";
import { countRuns, fipsTests, longRunTest, monobitTest, pokerTest, runsTest } from "./fips-tests.ts";

const bitsOf = (text: string) => Uint8Array.from(text, (c) => Number(c));

function randomBits(n: number): Uint8Array {
	const bytes = randomBytes(Math.ceil(n / 8));
	return Uint8Array.from({ length: n }, (_, i) => ((bytes[i >> 3] ?? 0) >> (7 - (i & 7))) & 1);
}

describe("bounds", () => {
	test("at 20,000 bits they are FIPS 140-2's own", () => {
		expect(monobitBounds(20_000)).toEqual({ min: 9_725, max: 10_275 });
		expect(runBounds(20_000).map(({ min, max }) => [min, max])).toEqual([
			[2_315, 2_685],
			[1_114, 1_386],
			[527, 723],
			[240, 384],
			[103, 209],
			[103, 209],
		]);
		expect(longRunLimit(20_000)).toBe(26);
	});

	test("they scale: centre with n, half-width with √n, the long run by one per doubling", () => {
		const quarter = monobitBounds(5_000);
		expect(quarter.min).toBeCloseTo(2_500 - 137.5, 6);
		expect(quarter.max).toBeCloseTo(2_500 + 137.5, 6);
		expect(longRunLimit(40_000)).toBe(27);
		expect(longRunLimit(25_600)).toBe(27);
		expect(longRunLimit(5_000)).toBe(26);
	});
});

test("runs are counted by length, 6 and more together", () => {
	expect(countRuns(bitsOf("0011101111111"))).toEqual({
		zeros: [1, 1, 0, 0, 0, 0],
		ones: [0, 0, 1, 0, 0, 1],
		longest: 7,
	});
});

test("all zeros fails every test", () => {
	const zeros = new Uint8Array(20_000);
	expect(fipsTests(zeros).map((t) => [t.name, t.passed])).toEqual([
		["monobit", false],
		["poker", false],
		["runs", false],
		["long-run", false],
	]);
	expect(monobitTest(zeros).detail).toBe("0 ones in 20000 bits (pass: 9725–10275)");
	expect(longRunTest(zeros).detail).toBe("longest run 20000 bits (fails at 26 or more in 20000 bits)");
});

test("alternating bits pass monobit but fail poker and runs", () => {
	const alternating = Uint8Array.from({ length: 20_000 }, (_, i) => i % 2);
	expect(monobitTest(alternating).passed).toBe(true);
	expect(pokerTest(alternating).passed).toBe(false);
	expect(runsTest(alternating).passed).toBe(false);
	expect(runsTest(alternating).detail).toContain("10000 runs of 1 zeros (pass: 2315–2685)");
});

test("random bits of several lengths fail each test at most a few times in 200 runs", () => {
	// Each interval has a chance of about 10⁻⁴ (fips-bounds.ts); 3 failures in 200 runs would be ~10⁻⁶.
	const failures: Record<string, number> = { monobit: 0, poker: 0, runs: 0, "long-run": 0 };
	for (let run = 0; run < 200; run++) {
		for (const t of fipsTests(randomBits([20_000, 25_600, 4_800][run % 3] ?? 20_000))) {
			if (!t.passed) failures[t.name] = (failures[t.name] ?? 0) + 1;
		}
	}
	for (const count of Object.values(failures)) expect(count).toBeLessThanOrEqual(2);
});
