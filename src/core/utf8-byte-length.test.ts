import fc from "fast-check";
import { expect, test } from "vitest";
import { utf8ByteLength } from "./utf8-byte-length.ts";

test.each([
	["abc", 3],
	["é", 2],
	["€", 3],
	["😀", 4],
	["\ud800", 3],
	["\udc00\ud800", 6],
])("%s is %i UTF-8 bytes", (text, bytes) => {
	expect(utf8ByteLength(text)).toBe(bytes);
});

test("counts like TextEncoder for any string, lone surrogates included (encoded as U+FFFD)", () => {
	const encoder = new TextEncoder();
	fc.assert(
		fc.property(fc.string({ unit: "binary" }), (text) => {
			expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
		}),
	);
});
