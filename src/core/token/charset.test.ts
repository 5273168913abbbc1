import { expect, test } from "vitest";
import { detectCharset } from "./charset.ts";

test.each([
	["", "empty", 0],
	["0123456789", "decimal", 10],
	["9f86d081884c7d65", "hex", 16],
	["9F86D081884C7D65", "hex", 16],
	["9F86d081884c7D65", "alphanumeric", 62],
	["face", "alphanumeric", 26],
	["q5ipk3lud8hrh0ut", "alphanumeric", 36],
	["AbC_-xyz09", "base64url", 64],
	["AbC+/xyz09==", "base64", 64],
	["abc,-def", "mixed", 28],
])("%s is %s with %i symbols", (value, name, size) => {
	expect(detectCharset(value)).toEqual({ name, size });
});
