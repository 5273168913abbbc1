/**
 * Base64 and base64url (RFC 4648 §4 and §5) decoding to text, written against ECMAScript only:
 * core must not depend on `atob`, `Buffer` or `TextDecoder` being present.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const SHAPE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Bytes of a base64 or base64url string (padding optional); undefined when it is not one. */
export function decodeBase64(value: string): Uint8Array | undefined {
	if (!SHAPE.test(value)) return undefined;
	const body = value.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
	if (body.length % 4 === 1) return undefined;
	const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
	let buffer = 0;
	let bits = 0;
	let out = 0;
	for (const ch of body) {
		buffer = (buffer << 6) | ALPHABET.indexOf(ch);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[out++] = (buffer >> bits) & 0xff;
		}
	}
	return bytes;
}

/** Strict UTF-8 decoding via decodeURIComponent, which throws on malformed sequences. */
export function utf8ToString(bytes: Uint8Array): string | undefined {
	let encoded = "";
	for (const b of bytes) encoded += `%${b.toString(16).padStart(2, "0")}`;
	try {
		return decodeURIComponent(encoded);
	} catch {
		return undefined;
	}
}

/** True when text is what a person could read: no control characters, mostly letters, digits, punctuation. */
export function isReadableText(text: string): boolean {
	if (text.length < 2) return false;
	// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point.
	if (/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(text)) return false;
	return /[A-Za-z]{2}/.test(text) || /^\s*[[{]/.test(text);
}

/** The readable text a base64/base64url value encodes, or undefined when it encodes binary data. */
export function decodeBase64Text(value: string): string | undefined {
	const bytes = decodeBase64(value);
	if (!bytes || bytes.length === 0) return undefined;
	const text = utf8ToString(bytes);
	return text !== undefined && isReadableText(text) ? text : undefined;
}

/** UTF-8 length in bytes: browsers limit cookies in bytes (RFC 6265bis §5.6: 4096 for name+value). */
export function utf8ByteLength(text: string): number {
	let bytes = 0;
	for (const ch of text) {
		const cp = ch.codePointAt(0) ?? 0;
		bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return bytes;
}
