/**
 * The four statistical tests of FIPS PUB 140-2, §4.9.1 (monobit, poker, runs, long run), on a sequence
 * of bits of any length, with the intervals of fips-bounds.ts. `bits` holds one bit (0 or 1) per entry.
 */

import type { SampleTest } from "../sample-test.ts";
import { type Interval, longRunLimit, monobitBounds, POKER, runBounds } from "./fips-bounds.ts";

const inside = (x: number, { min, max }: Interval) => x > min && x < max;
const range = ({ min, max }: Interval) => `${Math.ceil(min)}–${Math.floor(max)}`;

export function monobitTest(bits: Uint8Array): SampleTest {
	let ones = 0;
	for (const b of bits) ones += b;
	const bounds = monobitBounds(bits.length);
	return {
		name: "monobit",
		passed: inside(ones, bounds),
		detail: `${ones} ones in ${bits.length} bits (pass: ${range(bounds)})`,
	};
}

export function pokerTest(bits: Uint8Array): SampleTest {
	const segments = Math.floor(bits.length / 4);
	const counts = new Array<number>(16).fill(0);
	for (let i = 0; i < segments; i++) {
		const j = i * 4;
		const nibble =
			((bits[j] ?? 0) << 3) | ((bits[j + 1] ?? 0) << 2) | ((bits[j + 2] ?? 0) << 1) | (bits[j + 3] ?? 0);
		counts[nibble] = (counts[nibble] ?? 0) + 1;
	}
	let squares = 0;
	for (const c of counts) squares += c * c;
	const x = (16 / segments) * squares - segments;
	return {
		name: "poker",
		passed: inside(x, POKER),
		detail: `X = ${x.toFixed(2)} over ${segments} 4-bit segments (pass: ${POKER.min}–${POKER.max})`,
	};
}

/** Runs of each length 1…6+ (index 0…5), of zeros and of ones, and the longest run. */
export function countRuns(bits: Uint8Array): { zeros: number[]; ones: number[]; longest: number } {
	const zeros = new Array<number>(6).fill(0);
	const ones = new Array<number>(6).fill(0);
	let longest = 0;
	let length = 0;
	for (let i = 0; i < bits.length; i++) {
		length++;
		if (i + 1 < bits.length && bits[i + 1] === bits[i]) continue;
		const counts = bits[i] === 1 ? ones : zeros;
		const k = Math.min(length, 6) - 1;
		counts[k] = (counts[k] ?? 0) + 1;
		longest = Math.max(longest, length);
		length = 0;
	}
	return { zeros, ones, longest };
}

export function runsTest(bits: Uint8Array): SampleTest {
	const { zeros, ones } = countRuns(bits);
	const bounds = runBounds(bits.length);
	const outside: string[] = [];
	bounds.forEach((interval, k) => {
		const label = k === 5 ? "6+" : String(k + 1);
		const z = zeros[k] ?? 0;
		const o = ones[k] ?? 0;
		if (!inside(z, interval)) outside.push(`${z} runs of ${label} zeros (pass: ${range(interval)})`);
		if (!inside(o, interval)) outside.push(`${o} runs of ${label} ones (pass: ${range(interval)})`);
	});
	return {
		name: "runs",
		passed: outside.length === 0,
		detail:
			outside.length === 0
				? `runs of 1 to 6+ zeros and ones all within bounds (length 1: ${zeros[0]} zeros, ${ones[0]} ones; pass: ${range(bounds[0] ?? { min: 0, max: 0 })})`
				: outside.slice(0, 3).join("; "),
	};
}

export function longRunTest(bits: Uint8Array): SampleTest {
	const { longest } = countRuns(bits);
	const limit = longRunLimit(bits.length);
	return {
		name: "long-run",
		passed: longest < limit,
		detail: `longest run ${longest} bits (fails at ${limit} or more in ${bits.length} bits)`,
	};
}

/** All four, in FIPS order. */
export function fipsTests(bits: Uint8Array): SampleTest[] {
	return [monobitTest(bits), pokerTest(bits), runsTest(bits), longRunTest(bits)];
}
