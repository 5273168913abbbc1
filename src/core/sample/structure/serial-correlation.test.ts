import { expect, test } from "vitest";
import { numericSample } from "./numeric-values.ts";
import { serialCorrelation, serialCorrelationTest } from "./serial-correlation.ts";

test("a rising line correlates fully, an alternation negatively, a constant not at all", () => {
	expect(serialCorrelation([1, 2, 3, 4, 5])).toBeCloseTo(1, 12);
	expect(serialCorrelation([0, 1, 0, 1, 0, 1])).toBeCloseTo(-1, 12);
	expect(serialCorrelation([5, 5, 5])).toBe(0);
});

test("each value close to the last fails; the bound is 3.89/√pairs", () => {
	let x = 2 ** 40;
	const values = Array.from({ length: 101 }, (_, i) => {
		x += (i % 7) * 2 ** 30 - 3 * 2 ** 30;
		return Math.abs(x).toString(16);
	});
	const numeric = numericSample(values);
	const result = numeric && serialCorrelationTest(numeric);
	expect(result?.passed).toBe(false);
	expect(result?.detail).toMatch(
		/^r = 0\.\d{3} between successive values over 100 pairs \(pass: \|r\| < 0\.389\)$/,
	);
});
