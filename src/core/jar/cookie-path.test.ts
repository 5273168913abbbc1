import { describe, expect, test } from "vitest";
import { cookiePath, defaultPath, pathMatches } from "./cookie-path.ts";

describe("defaultPath (RFC 6265bis §5.1.4)", () => {
	test.each([
		["/", "/"],
		["/page", "/"],
		["/dir/", "/dir"],
		["/dir/page", "/dir"],
		["/a/b/c", "/a/b"],
		["", "/"],
		["relative", "/"],
	])("of %j is %j", (requestPath, expected) => {
		expect(defaultPath(requestPath)).toBe(expected);
	});
});

describe("cookiePath", () => {
	test.each([
		["/x", "/a/b", "/x"],
		["", "/a/b", "/a"],
		["x", "/a/b", "/a"],
		[undefined, "/a/b", "/a"],
	])("Path=%j from %s is %j", (attribute, requestPath, expected) => {
		expect(cookiePath(attribute, requestPath)).toBe(expected);
	});
});

describe("pathMatches (RFC 6265bis §5.1.4)", () => {
	test.each([
		["/docs", "/docs", true],
		["/docs/api", "/docs", true],
		["/docs/", "/docs/", true],
		["/docs/api", "/docs/", true],
		["/docsx", "/docs", false],
		["/", "/docs", false],
		["/anything", "/", true],
	])("%s against cookie path %s → %s", (requestPath, cookiePathValue, expected) => {
		expect(pathMatches(requestPath, cookiePathValue)).toBe(expected);
	});
});
