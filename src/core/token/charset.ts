/** Which alphabet a token is drawn from: the ceiling of its entropy is length × log2(alphabet size). */
import { rememberLast } from "./remember-last.ts";

export type CharsetName = "empty" | "decimal" | "hex" | "alphanumeric" | "base64url" | "base64" | "mixed";

export interface Charset {
	name: CharsetName;
	/** Number of symbols an attacker has to consider per character. */
	size: number;
}

const DIGIT = 1;
const LOWER_HEX = 2;
const LOWER_OTHER = 4;
const UPPER_HEX = 8;
const UPPER_OTHER = 16;

/** The character classes present in `value` up to `end`, and its distinct other symbols (code units). */
function scan(value: string, end: number): { classes: number; symbols: Set<number> | undefined } {
	let classes = 0;
	let symbols: Set<number> | undefined;
	for (let i = 0; i < end; i++) {
		const c = value.charCodeAt(i);
		if (c >= 48 && c <= 57) classes |= DIGIT;
		else if (c >= 97 && c <= 122) classes |= c <= 102 ? LOWER_HEX : LOWER_OTHER;
		else if (c >= 65 && c <= 90) classes |= c <= 70 ? UPPER_HEX : UPPER_OTHER;
		else {
			symbols ??= new Set();
			symbols.add(c);
		}
	}
	return { classes, symbols };
}

function only(symbols: Set<number>, a: string, b: string): boolean {
	for (const s of symbols) if (s !== a.charCodeAt(0) && s !== b.charCodeAt(0)) return false;
	return true;
}

/**
 * Detects the alphabet of a value. Base64 padding is ignored. Hex is recognised only in one case
 * (mixed-case hex is not hex) and only with at least one digit, so a word such as `face` is letters.
 * One pass over the characters instead of a regular expression per class: every token of an audit
 * is measured (`npm run bench`). Symbols are UTF-16 code units, as a non-unicode regex sees them.
 */
export const detectCharset: (value: string) => Charset = rememberLast(scanCharset);

function scanCharset(value: string): Charset {
	let end = value.length;
	while (end > 0 && value.charCodeAt(end - 1) === 61 /* = */) end--;
	if (end === 0) return { name: "empty", size: 0 };
	const { classes, symbols } = scan(value, end);
	if (symbols === undefined && classes === DIGIT) return { name: "decimal", size: 10 };
	const hexOnly = (classes & ~(DIGIT | LOWER_HEX)) === 0 || (classes & ~(DIGIT | UPPER_HEX)) === 0;
	if (symbols === undefined && classes & DIGIT && hexOnly) return { name: "hex", size: 16 };
	const letters =
		(classes & (LOWER_HEX | LOWER_OTHER) ? 26 : 0) +
		(classes & (UPPER_HEX | UPPER_OTHER) ? 26 : 0) +
		(classes & DIGIT ? 10 : 0);
	if (symbols === undefined) return { name: "alphanumeric", size: letters };
	if (only(symbols, "-", "_")) return { name: "base64url", size: letters + 2 };
	if (only(symbols, "+", "/")) return { name: "base64", size: letters + 2 };
	return { name: "mixed", size: letters + symbols.size };
}
