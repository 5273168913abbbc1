/**
 * The sample decoded to bits for the FIPS tests. Only alphabets of a power-of-two size decode to
 * unbiased bits: hex (UUIDs without their dashes), base32 (RFC 4648 §6) and base64/base64url (§4, §5;
 * token/base64.ts, which drops the unused low bits of a final partial character). A decimal or
 * alphanumeric id has no such decoding: its bits would be biased by the encoding, not the generator.
 *
 * An alphabet counts only when the sample uses all of it: 62-letter alphanumeric ids fit the base64
 * alphabet too, but never use two of its symbols, and decoding them as base64 would fail every test.
 * Bit positions that never change across the sample (a UUID's version and variant, a constant prefix or
 * padding) are dropped before concatenating: their entropy is already none in the position estimate,
 * and the FIPS tests are about the bits that are meant to be random.
 */
import { decodeBase64, sextetOf } from "../../token/base64.ts";
import { alphabetSize } from "../position-entropy.ts";

export type BitEncoding = "hex" | "uuid" | "base32" | "base64";

export type SampleBits =
	| { encoding: BitEncoding; bitsPerValue: number; droppedConstantBits: number; bits: Uint8Array }
	| { encoding: undefined; reason: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^(?:[0-9a-f]+|[0-9A-F]+)$/;
const BASE32 = /^(?:[A-Z2-7]+|[a-z2-7]+)=*$/;
const BASE64 = /^[A-Za-z0-9+/_-]+=*$/;
const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function hexBits(value: string): Uint8Array {
	const bits = new Uint8Array(value.length * 4);
	for (let i = 0; i < value.length; i++) {
		const n = Number.parseInt(value[i] ?? "0", 16);
		for (let b = 0; b < 4; b++) bits[i * 4 + b] = (n >> (3 - b)) & 1;
	}
	return bits;
}

function base32Bits(value: string): Uint8Array {
	const chars = value.replace(/=+$/, "").toUpperCase();
	const bits = new Uint8Array(chars.length * 5);
	for (let i = 0; i < chars.length; i++) {
		const n = BASE32_ALPHABET.indexOf(chars[i] ?? "A");
		for (let b = 0; b < 5; b++) bits[i * 5 + b] = (n >> (4 - b)) & 1;
	}
	return bits;
}

/**
 * Six bits a character, for a string over the 64 symbols that is not whole bytes in base64 (a length
 * of 4k + 1, such as nanoid's 21 characters, which RFC 4648 §4 cannot produce).
 */
function sextetBits(value: string): Uint8Array {
	const chars = value.replace(/=+$/, "");
	const bits = new Uint8Array(chars.length * 6);
	for (let i = 0; i < chars.length; i++) {
		const n = Math.max(0, sextetOf(chars[i] ?? "A"));
		for (let b = 0; b < 6; b++) bits[i * 6 + b] = (n >> (5 - b)) & 1;
	}
	return bits;
}

function byteBits(bytes: Uint8Array): Uint8Array {
	const bits = new Uint8Array(bytes.length * 8);
	for (let i = 0; i < bytes.length; i++)
		for (let b = 0; b < 8; b++) bits[i * 8 + b] = ((bytes[i] ?? 0) >> (7 - b)) & 1;
	return bits;
}

/** The encoding every value of the sample is in, when its alphabet is fully used. */
export function detectEncoding(values: readonly string[]): BitEncoding | undefined {
	const all = (re: RegExp) => values.every((v) => re.test(v));
	const used = alphabetSize(values.map((v) => v.replace(/[-=]/g, "")));
	if (all(UUID)) return "uuid";
	if (all(HEX) && used === 16) return "hex";
	if (all(BASE32) && used === 32) return "base32";
	if (all(BASE64) && alphabetSize(values.map((v) => v.replace(/=+$/, ""))) === 64) return "base64";
	return undefined;
}

export function perValueBits(value: string, encoding: BitEncoding): Uint8Array {
	if (encoding === "uuid") return hexBits(value.replaceAll("-", ""));
	if (encoding === "hex") return hexBits(value);
	if (encoding === "base32") return base32Bits(value);
	const bytes = decodeBase64(value);
	return bytes ? byteBits(bytes) : sextetBits(value);
}

/** Positions (of equally long decodings) whose bit is the same in every value. */
function constantPositions(decoded: readonly Uint8Array[]): Set<number> {
	const first = decoded[0];
	const constant = new Set<number>();
	if (!first || decoded.some((d) => d.length !== first.length)) return constant;
	for (let i = 0; i < first.length; i++) if (decoded.every((d) => d[i] === first[i])) constant.add(i);
	return constant;
}

export function decodeSampleBits(values: readonly string[]): SampleBits {
	const encoding = detectEncoding(values);
	if (!encoding) {
		return {
			encoding: undefined,
			reason:
				"the values are not hex, base32 or base64 using their whole alphabet, so they have no unbiased bit decoding",
		};
	}
	const decoded = values.map((v) => perValueBits(v, encoding));
	const constant = constantPositions(decoded);
	const total = decoded.reduce((sum, d) => sum + d.length - constant.size, 0);
	const bits = new Uint8Array(total);
	let k = 0;
	for (const d of decoded) for (let i = 0; i < d.length; i++) if (!constant.has(i)) bits[k++] = d[i] ?? 0;
	const bitsPerValue = Math.max(0, (decoded[0]?.length ?? 0) - constant.size);
	return { encoding, bitsPerValue, droppedConstantBits: constant.size, bits };
}
