import { describe, expect, test } from "vitest";
import { type ParseOptions, parseSetCookie, SPEC_PARSE_OPTIONS } from "./parse-set-cookie.ts";

const FIREFOX_LIKE: ParseOptions = {
	bareToken: "name-with-empty-value",
	allowEmptyName: false,
	lineBreak: "refuse",
};
const CHROMIUM_LIKE: ParseOptions = { ...SPEC_PARSE_OPTIONS, lineBreak: "truncate" };

describe("parseSetCookie splits name and value", () => {
	test.each([
		["at the first =", "a=b=c", "a", "b=c"],
		["trimming spaces and tabs", " \t sid \t= v 1 \t; Secure", "sid", "v 1"],
		["keeping quotes in the value", 'a="x y"', "a", '"x y"'],
		["keeping an empty value", "a=", "a", ""],
		["before the first semicolon", "a=b;c=d", "a", "b"],
		["a bare token as a nameless value (RFC 6265bis)", "foo", "", "foo"],
		["=value as a nameless cookie", "=value", "", "value"],
		["non-ASCII names and values", "café=crème", "café", "crème"],
	])("%s", (_what, header, name, value) => {
		const result = parseSetCookie(header);
		expect(result).toMatchObject({ ok: true, cookie: { name, value } });
	});

	test("a bare token is a name with an empty value when the profile says so", () => {
		expect(parseSetCookie("foo; Secure", FIREFOX_LIKE)).toMatchObject({
			ok: true,
			cookie: { name: "foo", value: "" },
		});
	});
});

describe("parseSetCookie reads attributes", () => {
	test("in header order, trimmed, with names as written", () => {
		const result = parseSetCookie("a=b; Path = /x ; SECURE;HttpOnly; Max-Age=10=1");
		expect(result).toEqual({
			ok: true,
			cookie: {
				name: "a",
				value: "b",
				attributes: [
					{ name: "Path", value: "/x" },
					{ name: "SECURE", value: "" },
					{ name: "HttpOnly", value: "" },
					{ name: "Max-Age", value: "10=1" },
				],
			},
		});
	});

	test("ignores an attribute whose value exceeds 1024 bytes (§5.6 step 5)", () => {
		const result = parseSetCookie(`a=b; Path=/${"x".repeat(1024)}; Domain=example.com`);
		expect(result.ok && result.cookie.attributes).toEqual([{ name: "Domain", value: "example.com" }]);
	});

	test("keeps an attribute value of exactly 1024 bytes", () => {
		const result = parseSetCookie(`a=b; Path=/${"x".repeat(1023)}`);
		expect(result.ok && result.cookie.attributes).toHaveLength(1);
	});

	test("skips empty attributes", () => {
		const result = parseSetCookie("a=b;; ;Secure");
		expect(result.ok && result.cookie.attributes).toEqual([{ name: "Secure", value: "" }]);
	});
});

describe("parseSetCookie refuses", () => {
	test.each([
		["an empty header", "", SPEC_PARSE_OPTIONS, "syntax"],
		["a lone =", "=", SPEC_PARSE_OPTIONS, "syntax"],
		["only attributes", "; Secure", SPEC_PARSE_OPTIONS, "syntax"],
		["a nameless cookie whose value contains =", "=a=b", SPEC_PARSE_OPTIONS, "syntax"],
		["=value when empty names are not allowed", "=value", FIREFOX_LIKE, "syntax"],
		["name and value over 4096 bytes", `a=${"x".repeat(4096)}`, SPEC_PARSE_OPTIONS, "too-large"],
		["4096 bytes counted in UTF-8 octets", `a=${"é".repeat(2048)}`, SPEC_PARSE_OPTIONS, "too-large"],
		["a NUL anywhere", "a=b; Path=/\0", CHROMIUM_LIKE, "invalid-characters"],
		["a NUL after a CR it would truncate at", "a=b\r\0", CHROMIUM_LIKE, "invalid-characters"],
		["a control character in the value", "a=b\x01c", SPEC_PARSE_OPTIONS, "invalid-characters"],
		["DEL in the name", "a\x7F=b", SPEC_PARSE_OPTIONS, "invalid-characters"],
		["a control character in an attribute", "a=b; Path=/\x1F", SPEC_PARSE_OPTIONS, "invalid-characters"],
		["a CR when line breaks are refused", "a=b\rc", FIREFOX_LIKE, "invalid-characters"],
		["a header that is empty once truncated at CR", "\ra=b", CHROMIUM_LIKE, "syntax"],
	])("%s", (_what, header, options, reason) => {
		expect(parseSetCookie(header, options)).toMatchObject({ ok: false, reason });
	});
});

describe("parseSetCookie accepts", () => {
	test.each([
		["name and value of exactly 4096 bytes", `a=${"x".repeat(4095)}`],
		["a tab inside the value", "a=b\tc"],
	])("%s", (_what, header) => {
		expect(parseSetCookie(header).ok).toBe(true);
	});

	test("cuts the header at a CR when the profile truncates", () => {
		const result = parseSetCookie("a=b\rc; Secure", CHROMIUM_LIKE);
		expect(result).toEqual({ ok: true, cookie: { name: "a", value: "b", attributes: [] } });
	});
});
