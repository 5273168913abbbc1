import { expect, test } from "vitest";
import { lcgTest, modInverse } from "./lcg-test.ts";
import { numericSample } from "./numeric-values.ts";

function lcg(seed: number, a: number, c: number, m: number, n: number, digits: number): string[] {
	const out: string[] = [];
	let x = BigInt(seed);
	for (let i = 0; i < n; i++) {
		x = (BigInt(a) * x + BigInt(c)) % BigInt(m);
		out.push(x.toString(16).padStart(digits, "0"));
	}
	return out;
}

test("modular inverses", () => {
	expect(modInverse(3n, 16n)).toBe(11n);
	expect(modInverse(2n, 16n)).toBeUndefined();
	expect(modInverse(16807n, 2_147_483_647n)).toBe(1_407_677_000n);
});

test("a 16-bit generator in 4 hex digits is solved from its own output", () => {
	const numeric = numericSample(lcg(7, 25173, 13849, 65536, 60, 4));
	expect(numeric && lcgTest(numeric)).toEqual({
		name: "linear-congruential",
		passed: false,
		detail: "x' = (25173·x + 13849) mod 65536 predicts 59 of 59 steps",
	});
});

test("a space of fewer than 8 bits is not fitted: modulo 1 or 2 every step of random values fits", () => {
	expect(
		lcgTest({ base: "base64", values: Array.from({ length: 60 }, () => 0n), capacityBits: 0 }),
	).toBeUndefined();
	expect(
		lcgTest({ base: "hex", values: Array.from({ length: 60 }, (_, i) => BigInt(i % 2)), capacityBits: 1 }),
	).toBeUndefined();
});

test("the Park–Miller minimal standard generator is found modulo 2^31 − 1", () => {
	const numeric = numericSample(lcg(42, 16807, 0, 2_147_483_647, 40, 8));
	expect(numeric && lcgTest(numeric)?.detail).toBe(
		"x' = (16807·x + 0) mod 2147483647 predicts 39 of 39 steps",
	);
});

test("values wider than 64 bits are not tried", () => {
	const numeric = numericSample(Array.from({ length: 40 }, (_, i) => i.toString(16).padStart(32, "0")));
	expect(numeric && lcgTest(numeric)).toBeUndefined();
});
