/** Byte helpers of the signature check: UTF-8 text, canonical base64 of a signature, comparison. */
import { decodeBase64 } from "../token/base64.ts";

const encoder = new TextEncoder();

/** UTF-8 bytes of text: what Node's `createHmac().update(string)` and Python's `want_bytes` sign. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
	return encoder.encode(text);
}

const STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Base64 without padding (RFC 4648 §4), or base64url (§5) with `url`. */
export function encodeBase64(bytes: Uint8Array, url: boolean): string {
	const alphabet = url ? URL_SAFE : STANDARD;
	let out = "";
	for (let i = 0; i < bytes.length; i += 3) {
		const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += alphabet[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/**
 * The bytes of an unpadded signature in one alphabet, only when encoding them again gives the same text
 * (the library compares text, so a signature with other trailing bits would not verify there either).
 */
export function decodeSignature(text: string, url: boolean): Uint8Array | undefined {
	if (!(url ? /^[A-Za-z0-9_-]+$/ : /^[A-Za-z0-9+/]+$/).test(text)) return undefined;
	const bytes = decodeBase64(text);
	return bytes !== undefined && encodeBase64(bytes, url) === text ? bytes : undefined;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
