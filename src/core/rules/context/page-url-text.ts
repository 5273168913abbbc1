/**
 * Which page URL first contains a text (session-in-url): the pages of an audit joined once into one
 * string and indexed by its 8-character pieces (gram-index.ts), instead of a scan over every page (and
 * its decoded form) for every cookie. A HAR brings thousands of pages (`npm run bench`).
 */
import { safeDecodeUri } from "../../token/envelope.ts";
import { createGramIndex } from "./gram-index.ts";
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
	// Any separator will do: a match is only counted when it lies inside one segment.
	const index = createGramIndex(parts.join("\n"));

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

	/** The earliest segment holding `text`: occurrences come in order, so it holds the first one inside a segment. */
	function firstSegment(text: string): number {
		const at = index.firstOccurrence(text, (candidate) => segmentAt(candidate, text.length) >= 0);
		return at < 0 ? -1 : segmentAt(at, text.length);
	}

	return {
		firstContaining(texts) {
			let first = -1;
			for (const text of texts) {
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
