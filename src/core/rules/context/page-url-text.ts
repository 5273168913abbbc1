/**
 * Which page URL first contains a text as a whole token (session-in-url): the text must start and end
 * at word boundaries, where a word is a run of ASCII letters and digits. `sid=abc123` in `?sid=abc123&x`
 * or `;jsessionid=abc123` counts; `abc123` inside `xabc123y` does not, since that is another token that
 * merely holds the same characters (RFC 3986 §2.2: values sit between delimiters in URLs).
 *
 * The pages of an audit are joined once into one string, and every word of 6 or more characters is
 * indexed by its positions: a cookie is looked up by its longest word, so an audit is linear in cookies
 * and page URLs together instead of scanning every page for every cookie (`npm run bench`).
 */
import { safeDecodeUri } from "../../token/envelope.ts";
import type { PageUrl } from "./page-url.ts";

interface Segment {
	start: number;
	end: number;
	page: PageUrl;
}

export interface PageUrlText {
	/** The first page (in audit order) whose URL, as written or percent-decoded, contains one of `texts`. */
	firstContaining(texts: readonly string[]): PageUrl | undefined;
}

/** Words shorter than this are not indexed; a text whose words are all shorter is found by a scan. */
const INDEXED_WORD = 6;

function isWordChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The longest word of a text and where it starts in it (the first of the longest). */
function longestWord(text: string): { word: string; offset: number } | undefined {
	// A scan of the characters, not matchAll: a match array per word of every session value (`npm run bench`).
	let bestStart = -1;
	let bestLength = 0;
	for (let i = 0; i < text.length; ) {
		if (!isWordChar(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const start = i;
		while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
		if (i - start > bestLength) {
			bestStart = start;
			bestLength = i - start;
		}
	}
	// The whole text when it is one word (a random id): no new string, and its hash is already known.
	return bestStart < 0
		? undefined
		: { word: text.slice(bestStart, bestStart + bestLength), offset: bestStart };
}

function build(pages: readonly PageUrl[]): PageUrlText {
	const parts: string[] = [];
	const segments: Segment[] = [];
	let length = 0;
	const add = (text: string, page: PageUrl) => {
		segments.push({ start: length, end: length + text.length, page });
		parts.push(text);
		length += text.length + 1;
	};
	for (const page of pages) {
		add(page.url, page);
		const decoded = safeDecodeUri(page.url);
		if (decoded !== page.url) add(decoded, page);
	}
	// The separator is not a word character, so no word runs from one URL into the next.
	const all = parts.join("\n");

	/** Word → its positions in `all`, ascending; a word seen once keeps a bare number (most of them). */
	const words = new Map<string, number | number[]>();
	// Maximal runs of word characters of INDEXED_WORD or more, found by a scan of the characters: what
	// matchAll of /[A-Za-z0-9]{6,}/g finds, without a match array per word (`npm run bench`).
	for (let i = 0; i < all.length; ) {
		if (!isWordChar(all.charCodeAt(i))) {
			i++;
			continue;
		}
		const start = i;
		while (i < all.length && isWordChar(all.charCodeAt(i))) i++;
		if (i - start < INDEXED_WORD) continue;
		const word = all.slice(start, i);
		const seen = words.get(word);
		if (seen === undefined) words.set(word, start);
		else if (typeof seen === "number") words.set(word, [seen, start]);
		else seen.push(start);
	}

	/** The index of the segment holding [at, at + textLength), or -1 when it is not inside one. */
	function segmentAt(at: number, textLength: number): number {
		let low = 0;
		let high = segments.length - 1;
		while (low <= high) {
			const mid = (low + high) >> 1;
			const s = segments[mid] as Segment;
			if (at < s.start) high = mid - 1;
			else if (at > s.end) low = mid + 1;
			else return at + textLength <= s.end ? mid : -1;
		}
		return -1;
	}

	/** The segment of an occurrence of `text` at `at` that starts and ends on word boundaries, or -1. */
	function wholeAt(text: string, at: number): number {
		if (at < 0 || !all.startsWith(text, at)) return -1;
		const end = at + text.length;
		if (isWordChar(text.charCodeAt(0)) && at > 0 && isWordChar(all.charCodeAt(at - 1))) return -1;
		if (isWordChar(text.charCodeAt(text.length - 1)) && isWordChar(all.charCodeAt(end))) return -1;
		return segmentAt(at, text.length);
	}

	/** The earliest segment holding `text` as a whole token: occurrences are tried in order. */
	function firstSegment(text: string): number {
		const anchor = longestWord(text);
		if (anchor && anchor.word.length >= INDEXED_WORD) {
			// Each word of the text is a whole word of the URL wherever the text occurs whole.
			const positions = words.get(anchor.word);
			if (typeof positions === "number") return wholeAt(text, positions - anchor.offset);
			for (const at of positions ?? []) {
				const segment = wholeAt(text, at - anchor.offset);
				if (segment >= 0) return segment;
			}
			return -1;
		}
		for (let at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + 1)) {
			const segment = wholeAt(text, at);
			if (segment >= 0) return segment;
		}
		return -1;
	}

	return {
		firstContaining(texts) {
			let first = -1;
			for (const text of texts) {
				if (text === "") continue;
				const segment = firstSegment(text);
				if (segment >= 0 && (first < 0 || segment < first)) first = segment;
			}
			return first < 0 ? undefined : segments[first]?.page;
		},
	};
}

/** One index per audit: every cookie's context shares the same pages array. */
const indexes = new WeakMap<readonly PageUrl[], PageUrlText>();

export function pageUrlText(pages: readonly PageUrl[]): PageUrlText {
	let index = indexes.get(pages);
	if (!index) {
		index = build(pages);
		indexes.set(pages, index);
	}
	return index;
}
