import { expect, test } from "vitest";
import { isHstsOn, parseHsts } from "./parse-hsts.ts";

test.each([
	["max-age=31536000", { maxAge: 31536000, includeSubDomains: false }],
	["max-age=31536000; includeSubDomains", { maxAge: 31536000, includeSubDomains: true }],
	["Max-Age=60 ; INCLUDESUBDOMAINS ; preload", { maxAge: 60, includeSubDomains: true }],
	['max-age="600"', { maxAge: 600, includeSubDomains: false }],
	["max-age=0", { maxAge: 0, includeSubDomains: false }],
	["max-age=60; unknown=whatever", { maxAge: 60, includeSubDomains: false }],
	["max-age=60;;", { maxAge: 60, includeSubDomains: false }],
] as const)("%s is valid", (header, expected) => {
	expect(parseHsts(header)).toEqual(expected);
});

test.each([
	["absent", undefined],
	["empty", ""],
	["no max-age", "includeSubDomains"],
	["max-age twice", "max-age=60; max-age=120"],
	["negative max-age", "max-age=-1"],
	["max-age without a value", "max-age"],
	["max-age not a number", "max-age=year"],
	["includeSubDomains with a value", "max-age=60; includeSubDomains=yes"],
	["an unterminated quote", 'max-age="60'],
])("%s is ignored", (_, header) => {
	expect(parseHsts(header)).toBeNull();
});

test("max-age=0 is valid but switches HSTS off", () => {
	expect(isHstsOn(parseHsts("max-age=0"))).toBe(false);
	expect(isHstsOn(parseHsts("max-age=1"))).toBe(true);
	expect(isHstsOn(null)).toBe(false);
});
