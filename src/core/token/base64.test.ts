import { expect, test } from "vitest";
import { textBase64 } from "../audit/testing/random-values.ts";
import { decodeBase64, decodeBase64Text } from "./base64.ts";

test.each([
	["standard", textBase64("héllo wörld?>>"), "héllo wörld?>>"],
	["url-safe without padding", textBase64("héllo wörld?>>", true), "héllo wörld?>>"],
	["JSON", textBase64('{"user_id":42}'), '{"user_id":42}'],
])("%s base64 decodes to readable text", (_, value, text) => {
	expect(decodeBase64Text(value)).toBe(text);
});

test.each([
	["binary", "9f86d081884c7d659a2feaa0c55ad015"],
	["not base64", "a.b"],
	["impossible length", "abcde"],
	["invalid UTF-8", "/w"],
])("%s gives no text", (_, value) => {
	expect(decodeBase64Text(value)).toBeUndefined();
});

test("decodes bytes exactly", () => {
	expect([...(decodeBase64("AAEC/w==") ?? [])]).toEqual([0, 1, 2, 255]);
});
