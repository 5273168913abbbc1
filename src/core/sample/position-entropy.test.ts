import { expect, test } from "vitest";
import { alphabetSize, positionEntropies, sumOfPositions } from "./position-entropy.ts";

test("a constant position has no entropy; an even two-way one has 1 bit plus the Miller–Madow term", () => {
	const values = ["a0", "a1", "a0", "a1"];
	const [first, second] = positionEntropies(values);
	expect(first).toEqual({ bits: 0, coverage: 1 });
	// (m − 1) / (2N ln 2) = 1 / (8 ln 2), capped at log2 of the 3 symbols seen.
	expect(second?.bits).toBeCloseTo(1 + 1 / (8 * Math.LN2), 10);
});

test("positions only some values reach count by their share", () => {
	const positions = positionEntropies(["ab", "ba", "a", "b"]);
	expect(positions[1]?.coverage).toBe(0.5);
	// Each position is an even split of "a" and "b", capped at log2 2 = 1 bit: 1 + ½ · 1.
	expect(sumOfPositions(positions)).toBe(1.5);
});

test("the correction never lifts a position above log2 of the alphabet", () => {
	expect(alphabetSize(["ab", "ba"])).toBe(2);
	for (const p of positionEntropies(["ab", "ba"])) expect(p.bits).toBe(1);
});
