/**
 * Pass intervals of the FIPS 140-2 statistical tests (FIPS PUB 140-2, §4.9.1 "Power-Up Tests",
 * statistical random number generator tests), which are stated for exactly 20,000 bits, scaled to any
 * length n. The same numbers are in rng-tools' fips.c (github.com/nhorman/rng-tools, fips.c).
 *
 * How they scale: the monobit count and each run count are sums of many weakly dependent indicators, so
 * they are close to normal with a mean and a variance that both grow linearly with n. Keeping FIPS's
 * significance (about 10⁻⁴ per interval: the monobit half-width of 275 is 3.89 standard deviations of
 * a binomial(20,000, ½)) means centre × n / 20,000 and half-width × √(n / 20,000). The poker statistic is
 * chi-square with 15 degrees of freedom whatever n is (given enough 4-bit segments), so its interval
 * stays. The long-run limit grows with log2 n: a run of r or more somewhere in n random bits has
 * probability about n · 2^-(r+1), which FIPS's 26 at 20,000 bits puts near 1.5 · 10⁻⁴.
 */

export const FIPS_BITS = 20_000;

export interface Interval {
	min: number;
	max: number;
}

/** FIPS 140-2: 9,725 < ones < 10,275 in 20,000 bits. */
const MONOBIT: Interval = { min: 9_725, max: 10_275 };
/** FIPS 140-2: 2.16 < X < 46.17 for the poker statistic. */
export const POKER: Interval = { min: 2.16, max: 46.17 };
/** FIPS 140-2: runs of length 1, 2, 3, 4, 5 and 6 or more, of zeros and of ones alike. */
const RUNS: readonly Interval[] = [
	{ min: 2_315, max: 2_685 },
	{ min: 1_114, max: 1_386 },
	{ min: 527, max: 723 },
	{ min: 240, max: 384 },
	{ min: 103, max: 209 },
	{ min: 103, max: 209 },
];
/** FIPS 140-2: a run of 26 or more bits fails. */
const LONG_RUN = 26;

/** Fewer bits than this and the normal approximations above are too rough to judge by. */
export const MIN_TEST_BITS = 1_000;

function scaled(interval: Interval, n: number): Interval {
	const ratio = n / FIPS_BITS;
	const centre = (interval.min + interval.max) / 2;
	const half = (interval.max - interval.min) / 2;
	return { min: centre * ratio - half * Math.sqrt(ratio), max: centre * ratio + half * Math.sqrt(ratio) };
}

export function monobitBounds(n: number): Interval {
	return scaled(MONOBIT, n);
}

export function runBounds(n: number): Interval[] {
	return RUNS.map((interval) => scaled(interval, n));
}

/** The shortest run that fails in n bits: 26 at 20,000, one more for each doubling. */
export function longRunLimit(n: number): number {
	return LONG_RUN + Math.max(0, Math.ceil(Math.log2(n / FIPS_BITS)));
}
