import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { decodeSampleBits, detectEncoding, perValueBits } from "./sample-bits.ts";

const many = (n: number, f: () => string) => Array.from({ length: n }, f);

test("hex decodes to 4 bits a digit, base32 to 5", () => {
	expect([...perValueBits("a5", "hex")]).toEqual([1, 0, 1, 0, 0, 1, 0, 1]);
	expect([...perValueBits("B7", "base32")]).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
});

test("base64url drops the unused low bits of its last character", () => {
	expect(perValueBits(randomBytes(16).toString("base64url"), "base64")).toHaveLength(128);
});

test("64-symbol ids of 4k + 1 characters (nanoid's 21), which are not base64 bytes, decode 6 bits a character", () => {
	expect([...perValueBits("B-_AB", "base64")].join("")).toBe("000001111110111111000000000001");
	expect(perValueBits("A".repeat(21), "base64")).toHaveLength(126);
});

test("a UUIDv4 sample loses its 6 version and variant bits: 122 a value", () => {
	const decoded = decodeSampleBits(many(50, randomUUID));
	expect(decoded.encoding).toBe("uuid");
	if (decoded.encoding === undefined) return;
	expect(decoded.bitsPerValue).toBe(122);
	expect(decoded.droppedConstantBits).toBe(6);
	expect(decoded.bits).toHaveLength(50 * 122);
});

test("a constant padding is dropped before the tests", () => {
	const decoded = decodeSampleBits(many(50, () => `${randomBytes(8).toString("hex")}${"0".repeat(16)}`));
	expect(decoded.encoding === "hex" && decoded.bitsPerValue).toBe(64);
});

test("alphanumeric ids never using two base64 symbols, and decimal ids, have no bit decoding", () => {
	const alnum = many(200, () => randomBytes(24).toString("base64").replace(/[+/=]/g, "A"));
	expect(detectEncoding(alnum)).toBeUndefined();
	expect(detectEncoding(many(200, () => String(Math.floor(Math.random() * 1e9))))).toBeUndefined();
	expect(decodeSampleBits(alnum)).toEqual({
		encoding: undefined,
		reason:
			"the values are not hex, base32 or base64 using their whole alphabet, so they have no unbiased bit decoding",
	});
	expect(detectEncoding(many(200, () => randomBytes(16).toString("base64url")))).toBe("base64");
});
