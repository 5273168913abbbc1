/**
 * Where a text occurs in one long string, found through an index of its 8-character pieces instead of a
 * scan of the whole string per text. session-in-url asks for every cookie's value in every page URL of
 * the audit: with indexOf, a 50,000-entry HAR cost 50,000 scans of 50,000 URLs, most of the CLI's time
 * (`npm run bench`). The index is two typed arrays: each position of the string, bucketed by a hash of
 * the 8 characters starting there, in ascending order within its bucket.
 */

/** Pieces this long are indexed; shorter texts are looked up with indexOf. */
export const GRAM = 8;
const BASE = 31;
/** BASE ** (GRAM - 1), modulo 2 ** 32: what the outgoing character weighs in the rolling hash. */
const OUT_WEIGHT = Array.from({ length: GRAM - 1 }).reduce<number>((w) => Math.imul(w, BASE), 1);

export interface GramIndex {
	/**
	 * The smallest position at which `text` occurs in the string and `accept` says yes, or -1. Positions
	 * are offered to `accept` in ascending order.
	 */
	firstOccurrence(text: string, accept: (at: number) => boolean): number;
}

/**
 * The hash of every GRAM-long piece of `text`, by its start (a rolling polynomial hash, modulo 2 ** 32).
 * A plain loop filling a typed array: a callback per character cost the index most of its build time.
 */
function gramHashes(text: string): Int32Array {
	const hashes = new Int32Array(Math.max(0, text.length - GRAM + 1));
	if (hashes.length === 0) return hashes;
	let hash = 0;
	for (let i = 0; i < GRAM; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
	hashes[0] = hash;
	for (let i = GRAM; i < text.length; i++) {
		const out = Math.imul(text.charCodeAt(i - GRAM), OUT_WEIGHT);
		hash = (Math.imul(hash - out, BASE) + text.charCodeAt(i)) | 0;
		hashes[i - GRAM + 1] = hash;
	}
	return hashes;
}

/** About one bucket per 8 positions: a smaller table stays in cache, and a lookup walks its rarest piece's bucket. */
function bucketCount(length: number): number {
	let buckets = 1;
	while (buckets < length / 8) buckets *= 2;
	return buckets;
}

export function createGramIndex(all: string): GramIndex {
	const mask = bucketCount(all.length) - 1;
	const hashes = gramHashes(all);
	// Counting sort of positions by bucket: starts[b] .. starts[b + 1] are bucket b's positions.
	const starts = new Int32Array(mask + 2);
	for (let at = 0; at < hashes.length; at++) {
		const b = ((hashes[at] as number) & mask) + 1;
		starts[b] = (starts[b] as number) + 1;
	}
	for (let b = 1; b < starts.length; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
	const fill = starts.slice(0, -1);
	const positions = new Int32Array(hashes.length);
	for (let at = 0; at < hashes.length; at++) {
		const b = (hashes[at] as number) & mask;
		positions[fill[b] as number] = at;
		fill[b] = (fill[b] as number) + 1;
	}

	function byIndexOf(text: string, accept: (at: number) => boolean): number {
		// The end check keeps an empty text from being found at the end forever.
		for (let at = all.indexOf(text); at >= 0; at = at < all.length ? all.indexOf(text, at + 1) : -1) {
			if (accept(at)) return at;
		}
		return -1;
	}

	return {
		firstOccurrence(text, accept) {
			if (text.length < GRAM) return byIndexOf(text, accept);
			// Walk the smallest bucket among the text's pieces: a rare piece has few places to check.
			const hashes = gramHashes(text);
			let best = { offset: 0, from: 0, to: Number.POSITIVE_INFINITY };
			for (let offset = 0; offset < hashes.length; offset++) {
				const b = (hashes[offset] as number) & mask;
				const from = starts[b] as number;
				const to = starts[b + 1] as number;
				if (to - from < best.to - best.from) best = { offset, from, to };
			}
			for (let i = best.from; i < best.to; i++) {
				const at = (positions[i] as number) - best.offset;
				if (at >= 0 && all.startsWith(text, at) && accept(at)) return at;
			}
			return -1;
		},
	};
}
