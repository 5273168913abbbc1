/**
 * Entropy estimate of a token in bits. OWASP Session Management Cheat Sheet, "Session ID Entropy":
 * a session id needs at least 64 bits of entropy. We cannot know how a value was generated, so we
 * estimate from what we see: the alphabet ceiling (length × log2 charset size), lowered when the value
 * uses its characters less evenly than a random string of that length would (Shannon entropy), and
 * when neighbouring characters repeat or count up (runs such as `aaaa`, `1234`).
 */
import { type Charset, detectCharset } from "./charset.ts";
import { countSymbols } from "./symbol-counts.ts";

export interface EntropyEstimate {
	/** Estimated bits, rounded down. */
	bits: number;
	charset: Charset;
	length: number;
}

/**
 * Random strings scatter around the expected Shannon entropy (down to ~0.72 of it for 24 hex digits in
 * 100,000 draws); only a shortfall beyond this ratio counts as structure, and then scales the estimate.
 */
const VARIETY_TOLERANCE = 0.6;
/** Neighbouring steps beyond this many standard deviations above a random string's mean are runs. */
const STEP_SIGMAS = 6;
/** Longer strings have no small-sample bias worth computing. */
const MAX_EXACT_LENGTH = 1024;
/** Keyed by length × 2^16 + size (size ≤ length ≤ MAX_EXACT_LENGTH): no key string per token. */
const expectedCache = new Map<number, number>();

/** Observed Shannon entropy per character (bits). */
export function shannonBitsPerChar(value: string): number {
	const counts = countSymbols(value);
	let n = 0;
	for (const c of counts) n += c;
	const terms = termsFor(n);
	let h = 0;
	for (const c of counts) {
		let term = terms?.[c];
		if (term === undefined || Number.isNaN(term)) {
			term = (c / n) * Math.log2(c / n);
			if (terms) terms[c] = term;
		}
		h -= term;
	}
	return h;
}

/**
 * `(c / n) · log2(c / n)` for each count c of a value of n symbols, computed once: most values of an audit
 * share a few lengths, and a logarithm per symbol of every value was most of the entropy estimate
 * (`npm run bench`). The same expression as uncached, so estimates are the same to the last bit.
 * Only for lengths up to MAX_TERMS_LENGTH, and for at most TERMS_LIMIT lengths.
 */
const termsByLength = new Map<number, Float64Array>();
const MAX_TERMS_LENGTH = 512;
const TERMS_LIMIT = 64;

function termsFor(n: number): Float64Array | undefined {
	if (n > MAX_TERMS_LENGTH) return undefined;
	let terms = termsByLength.get(n);
	if (!terms) {
		if (termsByLength.size >= TERMS_LIMIT) termsByLength.clear();
		terms = new Float64Array(n + 1).fill(Number.NaN);
		termsByLength.set(n, terms);
	}
	return terms;
}

/**
 * Expected observed Shannon entropy of a uniformly random string of length n over k symbols:
 * log2 n − (k/n)·Σ P(c)·c·log2 c with c ~ Binomial(n, 1/k). Short strings cannot show all k symbols,
 * so their observed entropy is naturally below log2 k; comparing with this avoids false alarms.
 */
export function expectedShannon(length: number, size: number): number {
	const n = Math.min(length, MAX_EXACT_LENGTH);
	if (n <= 1 || size <= 1) return 0;
	const key = n * 65_536 + size;
	const cached = expectedCache.get(key);
	if (cached !== undefined) return cached;
	const p = 1 / size;
	let logP = n * Math.log(1 - p);
	let sum = 0;
	for (let c = 1; c <= n; c++) {
		logP += Math.log((n - c + 1) / c) + Math.log(p / (1 - p));
		sum += Math.exp(logP) * c * Math.log2(c);
	}
	const h = Math.log2(n) - (size / n) * sum;
	expectedCache.set(key, h);
	return h;
}

/** Count of positions whose character equals or neighbours (±1 code point) the previous one. */
export function runSteps(value: string): number {
	let steps = 0;
	for (let i = 1; i < value.length; i++) {
		if (Math.abs(value.charCodeAt(i) - value.charCodeAt(i - 1)) <= 1) steps++;
	}
	return steps;
}

/** Estimates the entropy of a value in bits (see the module comment for the method). */
export function estimateEntropyBits(value: string): EntropyEstimate {
	const measured = value.endsWith("=") ? value.replace(/=+$/, "") : value;
	const charset = detectCharset(measured);
	const length = measured.length;
	if (length === 0 || charset.size <= 1) return { bits: 0, charset, length };
	const perChar = Math.log2(charset.size);
	const expected = expectedShannon(length, charset.size);
	const ratio = expected === 0 ? 1 : shannonBitsPerChar(measured) / expected;
	const variety = ratio >= VARIETY_TOLERANCE ? 1 : ratio;
	// In a random string a step equals or neighbours the previous character with p ≈ 3/k (binomial).
	const p = Math.min(1, 3 / charset.size);
	const mean = (length - 1) * p;
	const excess = Math.max(0, runSteps(measured) - mean - STEP_SIGMAS * Math.sqrt(mean * (1 - p)) - 2);
	const bits = (length - excess) * perChar * variety;
	return { bits: Math.max(0, Math.floor(bits)), charset, length };
}
