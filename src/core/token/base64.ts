/**
 * Base64 and base64url (RFC 4648 §4 and §5) decoding to text, written against ECMAScript only:
 * core must not depend on `atob`, `Buffer` or `TextDecoder` being present.
 */
import { rememberLast } from "./remember-last.ts";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const SHAPE = /^[A-Za-z0-9+/_-]+={0,2}$/;
/** Sextet of each character code; base64url's `-` and `_` map like `+` and `/` (RFC 4648 §5). */
const SEXTETS = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) SEXTETS[ALPHABET.charCodeAt(i)] = i;
SEXTETS["-".charCodeAt(0)] = 62;
SEXTETS["_".charCodeAt(0)] = 63;

/** The 6 bits of a base64 or base64url character (RFC 4648 §4, §5); -1 for any other character. */
export function sextetOf(c: string): number {
	return SEXTETS[c.charCodeAt(0)] ?? -1;
}

/** Bytes of a base64 or base64url string (padding optional); undefined when it is not one. */
export function decodeBase64(value: string): Uint8Array | undefined {
	if (!SHAPE.test(value)) return undefined;
	let end = value.length;
	while (end > 0 && value.charCodeAt(end - 1) === 61 /* = */) end--;
	if (end % 4 === 1) return undefined;
	const bytes = new Uint8Array(Math.floor((end * 3) / 4));
	let buffer = 0;
	let bits = 0;
	let out = 0;
	for (let i = 0; i < end; i++) {
		buffer = ((buffer << 6) | (SEXTETS[value.charCodeAt(i)] ?? 0)) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[out++] = (buffer >> bits) & 0xff;
		}
	}
	return bytes;
}

/** Length of the UTF-8 sequence a lead byte starts (RFC 3629 §4), 0 for an invalid lead byte. */
function sequenceLength(lead: number): number {
	if (lead < 0x80) return 1;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}

/** The code point of the sequence at `i`, or -1 when it is malformed, overlong or a surrogate. */
function codePointAt(bytes: Uint8Array, i: number, length: number): number {
	const lead = bytes[i] ?? 0;
	let cp = length === 1 ? lead : lead & (0xff >> (length + 1));
	for (let k = 1; k < length; k++) {
		const b = bytes[i + k];
		if (b === undefined || (b & 0xc0) !== 0x80) return -1;
		cp = (cp << 6) | (b & 0x3f);
	}
	const min = [0, 0, 0x80, 0x800, 0x10000][length] ?? 0;
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
	return cp;
}

/**
 * Strict UTF-8 decoding (RFC 3629): undefined for malformed input. Written without exceptions or
 * per-byte string building: random session tokens are mostly not UTF-8, and the audit decodes every one.
 */
export function utf8ToString(bytes: Uint8Array): string | undefined {
	const codePoints: number[] = [];
	for (let i = 0; i < bytes.length; ) {
		const length = sequenceLength(bytes[i] ?? 0);
		const cp = length === 0 ? -1 : codePointAt(bytes, i, length);
		if (cp < 0) return undefined;
		codePoints.push(cp);
		i += length;
	}
	let text = "";
	for (let i = 0; i < codePoints.length; i += 4096)
		text += String.fromCodePoint(...codePoints.slice(i, i + 4096));
	return text;
}

/** True when text is what a person could read: no control characters, mostly letters, digits, punctuation. */
export function isReadableText(text: string): boolean {
	if (text.length < 2) return false;
	// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point.
	if (/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(text)) return false;
	return /[A-Za-z]{2}/.test(text) || /^\s*[[{]/.test(text);
}

/** The readable text a base64/base64url value encodes, or undefined when it encodes binary data. */
export const decodeBase64Text: (value: string) => string | undefined = rememberLast((value) => {
	const bytes = decodeBase64(value);
	const text = bytes && bytes.length > 0 ? utf8ToString(bytes) : undefined;
	return text !== undefined && isReadableText(text) ? text : undefined;
});
