/**
 * Repeated ids. Among n values drawn from 2^H equally likely ids, the number of repeated pairs is
 * about Poisson with mean n(n−1)/2 · 2^−H (the birthday problem), so a sample that repeats more than
 * that mean allows, at a chance under 10⁻⁴, was drawn from fewer ids than its positions suggest: a hash
 * of a small seed looks random character by character, and only repeats give it away.
 */
import type { SampleTest } from "./sample-test.ts";

const ALPHA = 1e-4;

export interface Repeats {
	distinct: number;
	/** Pairs of equal values: Σ c(c−1)/2 over each value's count c. */
	pairs: number;
}

export function countRepeats(values: readonly string[]): Repeats {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let pairs = 0;
	for (const c of counts.values()) pairs += (c * (c - 1)) / 2;
	return { distinct: counts.size, pairs };
}

/** P(X ≥ k) for X ~ Poisson(λ), summed in log space (λ may be 10⁻³⁰). */
export function poissonTail(k: number, lambda: number): number {
	if (k <= 0) return 1;
	if (lambda === 0) return 0;
	let logTerm = -lambda + k * Math.log(lambda);
	for (let i = 2; i <= k; i++) logTerm -= Math.log(i);
	let sum = 0;
	for (let i = k; i < k + 1000; i++) {
		const term = Math.exp(logTerm);
		sum += term;
		if (term < sum * 1e-12) break;
		logTerm += Math.log(lambda) - Math.log(i + 1);
	}
	return Math.min(1, sum);
}

/** `bits`: the entropy the positions show (position-entropy.ts), which the repeats are held to. */
export function duplicatesTest(n: number, repeats: Repeats, bits: number): SampleTest {
	const expected = ((n * (n - 1)) / 2) * 2 ** -bits;
	const p = poissonTail(repeats.pairs, expected);
	const passed = repeats.pairs === 0 || p >= ALPHA;
	const shown = expected < 0.001 ? expected.toExponential(1) : expected.toFixed(3);
	return {
		name: "duplicates",
		passed,
		detail: `${n - repeats.distinct} repeated of ${n} values (${repeats.pairs} equal pairs; ${shown} expected at ${bits.toFixed(1)} bits)`,
	};
}
