/**
 * A linear congruential generator x' = (a·x + c) mod m whose whole state is the id: from three
 * successive values a and c follow (a = (x₂ − x₁)/(x₁ − x₀) mod m when x₁ − x₀ is invertible), and
 * every later id is then known. Tried for m = 2^k with k the bits the encoding holds (4 hex digits:
 * a 16-bit generator), 2^32, and 2^31 − 1 (the "minimal standard" of Park and Miller, CACM 31(10), 1988).
 * The relation holding for half the steps (at least 10) cannot happen by chance: each step of random
 * values fits with probability 1/m. Only values up to 64 bits are tried. A generator that shows only the
 * top bits of its state, java.util.Random's and drand48's, is found by truncated-lcg.ts.
 */

import type { SampleTest } from "../sample-test.ts";
import type { NumericSample } from "./numeric-values.ts";
import { truncatedLcgFit } from "./truncated-lcg.ts";

const MAX_BITS = 64;
/**
 * Below this a modulus is too small for the chance argument: with m = 2 half of the steps of random
 * values fit. Repeats in so small a space are the duplicates test's to find.
 */
const MIN_BITS = 8;
const TRIPLES_TRIED = 8;
const MIN_MATCHES = 10;

const mod = (a: bigint, m: bigint) => ((a % m) + m) % m;

/** The inverse of a modulo m, or undefined when they share a factor. */
export function modInverse(a: bigint, m: bigint): bigint | undefined {
	let [r0, r1] = [mod(a, m), m];
	let [s0, s1] = [1n, 0n];
	while (r1 !== 0n) {
		const q = r0 / r1;
		[r0, r1] = [r1, r0 - q * r1];
		[s0, s1] = [s1, s0 - q * s1];
	}
	return r0 === 1n ? mod(s0, m) : undefined;
}

interface Fit {
	m: bigint;
	a: bigint;
	c: bigint;
	matches: number;
}

function fitAt(x: readonly bigint[], i: number, m: bigint): Fit | undefined {
	const [x0, x1, x2] = [x[i] ?? 0n, x[i + 1] ?? 0n, x[i + 2] ?? 0n];
	const inv = modInverse(x1 - x0, m);
	if (inv === undefined) return undefined;
	const a = mod((x2 - x1) * inv, m);
	const c = mod(x1 - a * x0, m);
	let matches = 0;
	for (let j = 0; j + 1 < x.length; j++) if (mod(a * (x[j] ?? 0n) + c, m) === x[j + 1]) matches++;
	return { m, a, c, matches };
}

function bestFit(x: readonly bigint[], m: bigint): Fit | undefined {
	let best: Fit | undefined;
	for (let i = 0, tried = 0; i + 2 < x.length && tried < TRIPLES_TRIED; i++) {
		const fit = fitAt(x, i, m);
		if (!fit) continue;
		tried++;
		if (!best || fit.matches > best.matches) best = fit;
	}
	return best;
}

export function lcgTest(sample: NumericSample): SampleTest | undefined {
	const bits = Math.ceil(sample.capacityBits);
	const x = sample.values;
	if (bits > MAX_BITS || bits < MIN_BITS || x.length < 3 * MIN_MATCHES) return undefined;
	const moduli = new Set([1n << BigInt(bits), 1n << 32n, (1n << 31n) - 1n]);
	let best: Fit | undefined;
	for (const m of moduli) {
		if (x.some((v) => v >= m)) continue;
		const fit = bestFit(x, m);
		if (fit && (!best || fit.matches > best.matches)) best = fit;
	}
	const steps = x.length - 1;
	const found = best !== undefined && best.matches >= Math.max(MIN_MATCHES, steps / 2);
	const truncated = found ? undefined : truncatedLcgFit(x, MIN_MATCHES);
	if (truncated)
		return {
			name: "linear-congruential",
			passed: false,
			detail: `java.util.Random or drand48 (x' = (25214903917·x + 11) mod 2^48, its top bits shown), read as ${truncated.reading}: ${truncated.fits} of ${truncated.tried} tried ${truncated.reading === "nextLong() per id" ? "ids" : "steps"} fit`,
		};
	return {
		name: "linear-congruential",
		passed: !found,
		detail:
			found && best
				? `x' = (${best.a}·x + ${best.c}) mod ${best.m} predicts ${best.matches} of ${steps} steps`
				: `no x' = (a·x + c) mod m (m = 2^${bits}, 2^32, 2^31−1) predicts more than ${best?.matches ?? 0} of ${steps} steps`,
	};
}
