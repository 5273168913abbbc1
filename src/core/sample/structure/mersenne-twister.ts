/**
 * MT19937, the Mersenne Twister (Matsumoto and Nishimura, ACM TOMACS 8(1), 1998), behind Python's
 * `random` and Ruby's `rand`: statistically excellent, and every later output follows
 * from 624 earlier ones. Its tempering is invertible, so each 32-bit output gives back a state word
 * s, and consecutive state words obey the generator's own recurrence (the paper's equation (2.1),
 * n = 624, m = 397):
 *
 *   s[k+624] = s[k+397] ⊕ ((upper(s[k]) | lower(s[k+1])) ≫ 1) ⊕ (s[k+1] odd ? 0x9908b0df : 0)
 *
 * Ids are cut into 32-bit words (their numeric reading, numeric-values.ts), in both orders: the
 * most significant word first (outputs printed one after another) and last (Python's
 * `getrandbits(k)` fills the least significant word first). Each relation holds for random words with
 * probability 2^-32, so ten that hold prove the generator. Word positions that never change in the
 * sample (a constant padding) take no part: zero words satisfy the relation trivially.
 */

import type { SampleTest } from "../sample-test.ts";
import type { NumericSample } from "./numeric-values.ts";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const MIN_FITS = 10;

/** The inverse of MT19937's tempering (the paper's equations (2.2)–(2.5), undone in reverse). */
export function untemper(output: number): number {
	let y = output >>> 0;
	y = (y ^ (y >>> 18)) >>> 0;
	y = (y ^ ((y << 15) & 0xefc60000)) >>> 0;
	let t = y;
	for (let i = 0; i < 5; i++) t = (y ^ ((t << 7) & 0x9d2c5680)) >>> 0;
	y = t;
	for (let i = 0; i < 3; i++) t = (y ^ (t >>> 11)) >>> 0;
	return t >>> 0;
}

function follows(s: Uint32Array, k: number): boolean {
	const upperLower = ((s[k] ?? 0) & 0x80000000) | ((s[k + 1] ?? 0) & 0x7fffffff);
	const twisted = (upperLower >>> 1) ^ ((s[k + 1] ?? 0) & 1 ? MATRIX_A : 0);
	return ((s[k + M] ?? 0) ^ twisted) >>> 0 === s[k + N];
}

export type WordOrder = "most significant first" | "least significant first";

export interface TwisterFit {
	order: WordOrder;
	fits: number;
	tried: number;
}

function wordsOf(values: readonly bigint[], perValue: number, order: WordOrder): Uint32Array {
	const words = new Uint32Array(values.length * perValue);
	for (const [i, v] of values.entries())
		for (let j = 0; j < perValue; j++) {
			const shift = BigInt(32 * (order === "least significant first" ? j : perValue - 1 - j));
			words[i * perValue + j] = Number((v >> shift) & 0xffffffffn);
		}
	return words;
}

function fitIn(values: readonly bigint[], perValue: number, order: WordOrder): TwisterFit {
	const words = wordsOf(values, perValue, order);
	const varying = new Array<boolean>(perValue).fill(false);
	for (let k = perValue; k < words.length; k++)
		if (words[k] !== words[k % perValue]) varying[k % perValue] = true;
	const state = words.map(untemper);
	let fits = 0;
	let tried = 0;
	for (let k = 0; k + N < state.length; k++) {
		if (![k, k + 1, k + M, k + N].every((i) => varying[i % perValue])) continue;
		tried++;
		if (follows(state, k)) fits++;
	}
	return { order, fits, tried };
}

/** Words each value holds, when its reading is whole 32-bit words. */
function wordsPerValue(sample: NumericSample): number | undefined {
	const bits = Math.round(sample.capacityBits);
	if (bits % 32 !== 0 || Math.abs(sample.capacityBits - bits) > 1e-9) return undefined;
	return bits / 32;
}

/** The values as whole 32-bit words, enough of them for the recurrence (625), or why not. */
export function twisterInput(sample: NumericSample): { perValue: number } | { reason: string } {
	const perValue = wordsPerValue(sample);
	if (perValue === undefined)
		return { reason: `values of ${sample.capacityBits.toFixed(1)} bits are no whole 32-bit words` };
	if (sample.values.length * perValue <= N)
		return {
			reason: `${sample.values.length * perValue} 32-bit words, and the recurrence needs more than ${N}`,
		};
	return { perValue };
}

export function twisterTest(sample: NumericSample): SampleTest | undefined {
	const input = twisterInput(sample);
	if ("reason" in input) return undefined;
	const orders: WordOrder[] =
		input.perValue === 1 ? ["most significant first"] : ["most significant first", "least significant first"];
	const [best] = orders
		.map((order) => fitIn(sample.values, input.perValue, order))
		.sort((a, b) => b.fits - a.fits);
	// No relation whose four words all vary (a UUIDv1's constant node, a padding): nothing to test.
	if (!best || best.tried === 0) return undefined;
	const found = best.fits >= MIN_FITS;
	const reading =
		input.perValue === 1 ? "an output per id" : `${input.perValue} outputs per id, ${best.order}`;
	return {
		name: "mersenne-twister",
		passed: !found,
		detail: found
			? `MT19937 (Python random, Ruby rand): ${best.fits} of ${best.tried} relations s[k+624] = f(s[k], s[k+1], s[k+397]) hold, read as ${reading}`
			: `${best.fits} of ${best.tried} MT19937 relations hold (fails at ${MIN_FITS}; random words hold one in 2^32)`,
	};
}
