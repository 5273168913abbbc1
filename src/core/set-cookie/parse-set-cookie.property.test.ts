import fc from "fast-check";
import { expect, test } from "vitest";
import { readAttributes } from "./cookie-attributes.ts";
import { parseCookieDate } from "./cookie-date.ts";
import { type ParseOptions, parseSetCookie } from "./parse-set-cookie.ts";

const RUNS = { numRuns: 300 };

// Headers built from cookie-ish pieces reach the interesting branches far more often than random text.
const piece = fc.oneof(
	fc.string(),
	fc.constantFrom("=", ";", " ", "\t", "\r", "\n", "\0", "\x01", "\x7F", "é", "__Host-", "__Secure-"),
	fc.constantFrom("Secure", "HttpOnly", "Path=/", "Domain=.example.com", "Max-Age=-1", "SameSite=None"),
	fc.constantFrom("Expires=Wed, 21 Oct 2015 07:28:00 GMT", "Partitioned"),
);
const header = fc.oneof(
	fc.string({ unit: "binary" }),
	fc.array(piece, { maxLength: 12 }).map((p) => p.join("")),
);
const options: fc.Arbitrary<ParseOptions> = fc.record({
	bareToken: fc.constantFrom("nameless-value", "name-with-empty-value"),
	allowEmptyName: fc.boolean(),
	lineBreak: fc.constantFrom("truncate", "refuse"),
});

test("the parser never throws and yields either a cookie or a reason", () => {
	fc.assert(
		fc.property(header, options, (h, o) => {
			const result = parseSetCookie(h, o);
			if (result.ok) {
				expect(result.cookie.name !== "" || result.cookie.value !== "").toBe(true);
				expect(() => readAttributes(result.cookie.attributes)).not.toThrow();
			} else {
				expect(["syntax", "too-large", "invalid-characters"]).toContain(result.reason);
				expect(result.detail).not.toBe("");
			}
		}),
		RUNS,
	);
});

test("a parsed cookie never keeps a NUL, a control character, a semicolon in its value or = in a nameless value", () => {
	fc.assert(
		fc.property(header, options, (h, o) => {
			const result = parseSetCookie(h, o);
			if (!result.ok) return;
			const { name, value } = result.cookie;
			// biome-ignore lint/suspicious/noControlCharactersInRegex: asserting that control characters are gone.
			expect(`${name}${value}`).not.toMatch(/[\0-\x08\x0A-\x1F\x7F;]/);
			if (name === "") expect(value).not.toContain("=");
		}),
		RUNS,
	);
});

test("the cookie-date parser never throws and yields whole seconds from 1601 on, or null", () => {
	fc.assert(
		fc.property(
			fc.oneof(
				fc.string(),
				fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
			),
			(text) => {
				const date = parseCookieDate(text);
				if (date !== null) {
					expect(Number.isInteger(date)).toBe(true);
					expect(date).toBeGreaterThanOrEqual(Date.UTC(1601, 0, 1) / 1000);
				}
			},
		),
		RUNS,
	);
});

test("the cookie-date parser reads every HTTP date from 1601 on back exactly", () => {
	const min = new Date(Date.UTC(1601, 0, 1));
	const max = new Date(Date.UTC(9999, 11, 31));
	fc.assert(
		fc.property(fc.date({ min, max, noInvalidDate: true }), (d) => {
			const seconds = Math.floor(d.getTime() / 1000);
			expect(parseCookieDate(new Date(seconds * 1000).toUTCString())).toBe(seconds);
		}),
		RUNS,
	);
});
