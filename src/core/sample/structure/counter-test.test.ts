import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { counterTest } from "./counter-test.ts";
import { numericSample } from "./numeric-values.ts";

const sample = (values: string[]) => {
	const numeric = numericSample(values);
	if (!numeric) throw new Error("not numeric");
	return numeric;
};

test("a decimal counter is monotonic with a constant step", () => {
	const values = Array.from({ length: 30 }, (_, i) => String(1000 + 3 * i));
	expect(counterTest(sample(values))).toEqual({
		name: "counter",
		passed: false,
		detail:
			"counter-like (monotonic, constant step, small steps), read as decimal numbers: 29 of 29 steps up, 0 down; commonest step +3 (29×); median step 3.44% of the range",
	});
});

test("a counter read out of order still moves in small steps", () => {
	const order = [2, 0, 1, 3, 5, 4, 7, 6, 8];
	const values = Array.from(
		{ length: 45 },
		(_, i) => `sess-${String(100 + Math.floor(i / 9) * 9 + (order[i % 9] ?? 0)).padStart(6, "0")}`,
	);
	const result = counterTest(sample(values));
	expect(result?.passed).toBe(false);
	expect(result?.detail).toMatch(/^counter-like \(small steps\), read as decimal numbers/);
});

test("random hex values pass; fewer than 20 values are not judged", () => {
	const random = Array.from({ length: 50 }, () => randomBytes(8).toString("hex"));
	expect(counterTest(sample(random))?.passed).toBe(true);
	expect(counterTest(sample(["1", "2", "3"]))).toBeUndefined();
});
