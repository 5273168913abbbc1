/**
 * Name patterns known to backtrack catastrophically in a JavaScript RegExp, each with a 4,000-character
 * cookie name (browsers keep names up to 4,096 bytes) chosen to trigger it, and whether it matches.
 * Shared by the matchers' unit tests and the real-browser test, which must all answer promptly.
 */

export interface AdversarialCase {
	pattern: string;
	name: string;
	matches: boolean;
}

export const NAME_LENGTH = 4000;
/** Twelve `a*` and a final b: as a RegExp, 40 characters took a Chromium worker 56 s. */
export const TWELVE_STAR_GLOB = `${"a*".repeat(12)}b`;

export const ADVERSARIAL_GLOBS: readonly AdversarialCase[] = [
	{ pattern: "*_*_*_sid", name: "_".repeat(4000), matches: false },
	{ pattern: "*_*_*_sid", name: `${"a".repeat(3996)}_sid`, matches: false },
	{ pattern: "*_*_*_sid", name: `${"_".repeat(3996)}_sid`, matches: true },
	{ pattern: TWELVE_STAR_GLOB, name: "a".repeat(4000), matches: false },
	{ pattern: TWELVE_STAR_GLOB, name: `${"a".repeat(3999)}b`, matches: true },
	{ pattern: `*${"a*".repeat(11)}`, name: "a".repeat(4000), matches: true },
];

export const ADVERSARIAL_REGEXES: readonly AdversarialCase[] = [
	{ pattern: "/(a+)+$/", name: `${"a".repeat(3999)}!`, matches: false },
	{ pattern: "/(a+)+$/", name: "a".repeat(4000), matches: true },
	{ pattern: "/(a|aa)+$/", name: `${"a".repeat(3999)}!`, matches: false },
	{ pattern: "/(.*a){20}/", name: `${"ab".repeat(19)}${"b".repeat(3962)}`, matches: false },
	{ pattern: "/(.*a){20}/", name: `${"ab".repeat(20)}${"b".repeat(3960)}`, matches: true },
	{ pattern: "/^(\\w+\\s?)*$/", name: `${"a".repeat(3999)}!`, matches: false },
	{ pattern: "/^(\\w+\\s?)*$/i", name: `${"A b".repeat(1333)}c`, matches: true },
];

/** Milliseconds `run` takes. */
export function elapsed(run: () => void): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}
