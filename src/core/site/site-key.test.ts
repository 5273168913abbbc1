import { describe, expect, test } from "vitest";
import { isIpHost, isPublicSuffix, siteOf } from "./site-key.ts";

describe("siteOf", () => {
	test.each([
		["app.example.test", "example.test"],
		[".example.test", "example.test"],
		["www.bbc.co.uk", "bbc.co.uk"],
		["user.github.io", "user.github.io"],
		["localhost", "localhost"],
		["127.0.0.1", "127.0.0.1"],
		["[::1]", "::1"],
		["EXAMPLE.COM.", "example.com"],
	])("%s belongs to %s", (host, site) => {
		expect(siteOf(host)).toBe(site);
	});
});

describe("isPublicSuffix", () => {
	test.each([
		["com", true],
		["co.uk", true],
		["github.io", true],
		["example.com", false],
		[".example.com", false],
		["127.0.0.1", false],
	])("%s → %s", (domain, expected) => {
		expect(isPublicSuffix(domain)).toBe(expected);
	});
});

test("recognises IP hosts", () => {
	expect(isIpHost("10.0.0.1")).toBe(true);
	expect(isIpHost("[2001:db8::1]")).toBe(true);
	expect(isIpHost("example.com")).toBe(false);
});
