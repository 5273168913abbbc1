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

/**
 * The answers for each alphabet but "mixed", shared: every token of an audit is measured, and a new
 * object each time was garbage (`npm run bench`). Callers never change them.
 */
const EMPTY: Charset = { name: "empty", size: 0 };
const DECIMAL: Charset = { name: "decimal", size: 10 };
const HEX: Charset = { name: "hex", size: 16 };
/** By size: letters and digits come in 10, 26, 36, 52 or 62 symbols, base64 adds two. */
const ALPHANUMERIC = new Map<number, Charset>();
const BASE64URL = new Map<number, Charset>();
const BASE64 = new Map<number, Charset>();

function shared(table: Map<number, Charset>, name: CharsetName, size: number): Charset {
	let charset = table.get(size);
	if (charset === undefined) {
		charset = { name, size };
		table.set(size, charset);
	}
	return charset;
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
	if (end === 0) return EMPTY;
	// The character classes present up to `end`, and the distinct other symbols (code units).
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
	if (symbols === undefined && classes === DIGIT) return DECIMAL;
	const hexOnly = (classes & ~(DIGIT | LOWER_HEX)) === 0 || (classes & ~(DIGIT | UPPER_HEX)) === 0;
	if (symbols === undefined && classes & DIGIT && hexOnly) return HEX;
	const letters =
		(classes & (LOWER_HEX | LOWER_OTHER) ? 26 : 0) +
		(classes & (UPPER_HEX | UPPER_OTHER) ? 26 : 0) +
		(classes & DIGIT ? 10 : 0);
	if (symbols === undefined) return shared(ALPHANUMERIC, "alphanumeric", letters);
	if (only(symbols, "-", "_")) return shared(BASE64URL, "base64url", letters + 2);
	if (only(symbols, "+", "/")) return shared(BASE64, "base64", letters + 2);
	return { name: "mixed", size: letters + symbols.size };
}
