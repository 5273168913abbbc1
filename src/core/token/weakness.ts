/**
 * Value shapes that are guessable whatever their length. OWASP Session Management Cheat Sheet,
 * "Session ID Entropy" and "Session ID Content (or Value)": ids must be random and meaningless;
 * counters, timestamps and patterned values are predictable.
 */

import { detectCharset } from "./charset.ts";
import { countSymbols } from "./symbol-counts.ts";

export type Weakness = "numeric" | "sequential" | "timestamp" | "low-variety";

/** 2000-01-01 to 2100-01-01 in epoch seconds: plausible issue or expiry times. */
const EPOCH_MIN = 946_684_800;
const EPOCH_MAX = 4_102_444_800;
/** 20 digits is the most a 64-bit counter or database id takes; longer numbers are judged by entropy. */
const MAX_COUNTER_DIGITS = 20;

/** Epoch seconds (10 digits) or milliseconds (13 digits), optionally with a fraction. */
export function isTimestampLike(value: string): boolean {
	// 10 to 20 characters starting with a digit, or the expression cannot match: most values end here.
	if (value.length < 10 || value.length > 20 || !isDigit(value.charCodeAt(0))) return false;
	const m = /^(\d{10}|\d{13})(?:\.\d{1,6})?$/.exec(value);
	if (!m?.[1]) return false;
	const n = Number(m[1]);
	const seconds = m[1].length === 13 ? n / 1000 : n;
	return seconds >= EPOCH_MIN && seconds <= EPOCH_MAX;
}

function isDigit(unit: number): boolean {
	return unit >= 48 && unit <= 57;
}

/** Every character one code point above (or below) the previous one: `123456`, `abcdef`, `fedcba`. */
export function isSequential(value: string): boolean {
	if (value.length < 3) return false;
	const step = value.charCodeAt(1) - value.charCodeAt(0);
	if (step !== 1 && step !== -1) return false;
	for (let i = 2; i < value.length; i++) {
		if (value.charCodeAt(i) - value.charCodeAt(i - 1) !== step) return false;
	}
	return true;
}

/** Distinct characters a random string of length n over k symbols shows on average. */
export function expectedDistinct(length: number, size: number): number {
	// Keyed by length × 2^17 + size (size ≤ 62 letters and digits + 65,536 code units): audits repeat a few shapes.
	const key = length * 131_072 + size;
	let expected = distinctCache.get(key);
	if (expected === undefined) {
		if (distinctCache.size >= DISTINCT_CACHE_LIMIT) distinctCache.clear();
		expected = size * (1 - (1 - 1 / size) ** length);
		distinctCache.set(key, expected);
	}
	return expected;
}

const distinctCache = new Map<number, number>();
const DISTINCT_CACHE_LIMIT = 10_000;

/** Far fewer distinct characters than a random string of the same length and alphabet would show. */
export function isLowVariety(value: string): boolean {
	if (value.length < 4) return false;
	const distinct = countSymbols(value).length;
	const { size } = detectCharset(value);
	return distinct < 4 || distinct < 0.5 * expectedDistinct(value.length, size);
}

/** The first weakness of a value, most specific first; undefined when none applies. */
export function detectWeakness(value: string): Weakness | undefined {
	if (value === "") return undefined;
	if (isTimestampLike(value)) return "timestamp";
	if (isSequential(value)) return "sequential";
	if (value.length <= MAX_COUNTER_DIGITS && /^\d+$/.test(value)) return "numeric";
	if (isLowVariety(value)) return "low-variety";
	return undefined;
}
