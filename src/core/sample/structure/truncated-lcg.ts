/**
 * The 48-bit linear congruential generator of java.util.Random and of POSIX drand48, seen through the
 * top bits it hands out: state' = (0x5DEECE66D · state + 0xB) mod 2^48, `next(32)` = state >>> 16
 * (Java SE API, java.util.Random: `next`, `nextInt()`, and `nextLong()` = (next(32) << 32) + next(32),
 * both signed), `lrand48` = the high-order 31 bits (The Open Group Base Specifications, drand48).
 * Only the top 32 (or 31) of 48 bits show, so the full-state fit of lcg-test.ts cannot see it; but two
 * successive outputs fix the state: of the 2^16 (or 2^17) states the first output allows, the one whose
 * successor shows the second output is the generator's, and every later id follows. A pair of random
 * outputs fits by chance with probability 2^16 / 2^32 (2^17 / 2^31 for 31 bits), so ten fits are no chance.
 * Read three ways: consecutive ids of 32 or 31 bits, and each id of 64 bits as one `nextLong()`.
 */

const A = 0x5deece66dn;
const C = 0xbn;
const MASK = (1n << 48n) - 1n;
const A_NUMBER = 0x5deece66d;
const TWO_48 = 2 ** 48;
/** Pairs or ids tried: enough for ten fits, and the cost stays at a few million additions. */
const TRIED = 40;

export interface TruncatedFit {
	/** How the ids were read. */
	reading: "next(32) per id" | "lrand48 per id" | "nextLong() per id";
	fits: number;
	tried: number;
}

/** True when some state whose top bits (above `shift`) are `first` steps to one whose top bits are `second`. */
export function successive(first: bigint, second: bigint, shift: number): boolean {
	const span = 2 ** shift;
	// The successor of first·2^shift + l is base + A·l (mod 2^48): stepped by additions in Numbers, which hold
	// 2^48 + A exactly.
	let next = Number((A * (first << BigInt(shift)) + C) & MASK);
	const target = Number(second);
	for (let l = 0; l < span; l++) {
		if (Math.floor(next / span) === target) return true;
		next += A_NUMBER;
		if (next >= TWO_48) next -= TWO_48;
	}
	return false;
}

function countPairs(pairs: readonly [bigint, bigint][], shift: number): { fits: number; tried: number } {
	const tried = pairs.slice(0, TRIED);
	return { fits: tried.filter(([a, b]) => successive(a, b, shift)).length, tried: tried.length };
}

const TWO_32 = 1n << 32n;
const TWO_31 = 1n << 31n;

/** A 64-bit id as nextLong()'s two outputs: the low word is the second; the first lost one to its sign. */
function longHalves(id: bigint): [bigint, bigint] {
	const low = id % TWO_32;
	const high = (id / TWO_32 + (low >= TWO_31 ? 1n : 0n)) % TWO_32;
	return [high, low];
}

/** The reading whose fits are at least `minFits` and half of those tried, else undefined. */
export function truncatedLcgFit(values: readonly bigint[], minFits: number): TruncatedFit | undefined {
	const consecutive = values.slice(1).map((v, i): [bigint, bigint] => [values[i] ?? 0n, v]);
	const readings: [TruncatedFit["reading"], [bigint, bigint][], number][] = [];
	if (values.every((v) => v < TWO_32)) readings.push(["next(32) per id", consecutive, 16]);
	if (values.every((v) => v < TWO_31)) readings.push(["lrand48 per id", consecutive, 17]);
	if (values.every((v) => v < 1n << 64n) && values.some((v) => v >= TWO_32))
		readings.push(["nextLong() per id", values.map(longHalves), 16]);
	for (const [reading, pairs, shift] of readings) {
		const { fits, tried } = countPairs(pairs, shift);
		if (fits >= minFits && fits * 2 >= tried) return { reading, fits, tried };
	}
	return undefined;
}
