import { expect, test } from "vitest";
import { countRepeats, duplicatesTest, poissonTail } from "./duplicates.ts";

test("repeats count distinct values and equal pairs", () => {
	expect(countRepeats(["a", "b", "a", "a", "c", "c"])).toEqual({ distinct: 3, pairs: 4 });
});

test("the Poisson tail", () => {
	expect(poissonTail(0, 5)).toBe(1);
	expect(poissonTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
	expect(poissonTail(2, 1e-10)).toBeCloseTo(5e-21, 25);
	expect(poissonTail(3, 0)).toBe(0);
});

test("one repeat among 200 values of 128 bits is beyond chance; among 24-bit values it is not", () => {
	const values = Array.from({ length: 200 }, (_, i) => String(i));
	const repeats = countRepeats([...values.slice(0, 199), "0"]);
	expect(duplicatesTest(200, repeats, 128)).toEqual({
		name: "duplicates",
		passed: false,
		detail: "1 repeated of 200 values (1 equal pairs; 5.8e-35 expected at 128.0 bits)",
	});
	expect(duplicatesTest(200, repeats, 16).passed).toBe(true);
	expect(duplicatesTest(200, countRepeats(values), 8).passed).toBe(true);
});
