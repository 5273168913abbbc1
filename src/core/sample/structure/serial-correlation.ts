/**
 * Serial correlation of successive values (D. Knuth, The Art of Computer Programming vol. 2, §3.3.2,
 * "Serial correlation test"): the Pearson correlation of each value with the next. For independent
 * values it is about normal with mean ≈ 0 and standard deviation 1/√n; the test fails beyond 3.89 of
 * those, FIPS 140-2's significance (fips-bounds.ts). Values are compared by their leading 53 bits.
 */

import type { SampleTest } from "../sample-test.ts";
import type { NumericSample } from "./numeric-values.ts";

const Z = 3.89;
const MIN_PAIRS = 19;

function leading(values: readonly bigint[], capacityBits: number): number[] {
	const shift = BigInt(Math.max(0, Math.ceil(capacityBits) - 53));
	return values.map((v) => Number(v >> shift));
}

/** Pearson correlation of x[i] with x[i+1]; 0 when either side is constant. */
export function serialCorrelation(x: readonly number[]): number {
	const n = x.length - 1;
	let ma = 0;
	let mb = 0;
	for (let i = 0; i < n; i++) {
		ma += x[i] ?? 0;
		mb += x[i + 1] ?? 0;
	}
	ma /= n;
	mb /= n;
	let sab = 0;
	let saa = 0;
	let sbb = 0;
	for (let i = 0; i < n; i++) {
		const a = (x[i] ?? 0) - ma;
		const b = (x[i + 1] ?? 0) - mb;
		sab += a * b;
		saa += a * a;
		sbb += b * b;
	}
	return saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}

export function serialCorrelationTest(sample: NumericSample): SampleTest | undefined {
	const pairs = sample.values.length - 1;
	if (pairs < MIN_PAIRS) return undefined;
	const r = serialCorrelation(leading(sample.values, sample.capacityBits));
	const bound = Z / Math.sqrt(pairs);
	return {
		name: "serial-correlation",
		passed: Math.abs(r) < bound,
		detail: `r = ${r.toFixed(3)} between successive values over ${pairs} pairs (pass: |r| < ${bound.toFixed(3)})`,
	};
}
