import { describe, expect, test } from "vitest";
import { parseCookieDate } from "./cookie-date.ts";

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number =>
	Date.UTC(y, mo - 1, d, h, mi, s) / 1000;

describe("parseCookieDate reads", () => {
	test.each([
		["the IMF-fixdate", "Wed, 21 Oct 2015 07:28:00 GMT", utc(2015, 10, 21, 7, 28)],
		["the RFC 850 date", "Wednesday, 21-Oct-15 07:28:00 GMT", utc(2015, 10, 21, 7, 28)],
		["the asctime date", "Wed Oct 21 07:28:00 2015", utc(2015, 10, 21, 7, 28)],
		["tokens in any order", "2015 07:28:00 Oct 21", utc(2015, 10, 21, 7, 28)],
		["month names case-insensitively and by prefix", "21 OCTOBER 2015 07:28:00", utc(2015, 10, 21, 7, 28)],
		["two-digit year 70 as 1970", "01 Jan 70 00:00:00", utc(1970, 1, 1)],
		["two-digit year 99 as 1999", "01 Jan 99 00:00:00", utc(1999, 1, 1)],
		["two-digit year 69 as 2069", "01 Jan 69 00:00:00", utc(2069, 1, 1)],
		["two-digit year 00 as 2000", "01 Jan 00 00:00:00", utc(2000, 1, 1)],
		["single-digit time fields", "1 Jan 2030 1:2:3", utc(2030, 1, 1, 1, 2, 3)],
		["a token with trailing non-digits", "01st Jan 2030 10:00:00xyz", utc(2030, 1, 1, 10)],
		["29 February in a leap year", "29 Feb 2024 00:00:00", utc(2024, 2, 29)],
		["the earliest allowed year 1601", "01 Jan 1601 00:00:00", utc(1601, 1, 1)],
	])("%s", (_what, text, expected) => {
		expect(parseCookieDate(text)).toBe(expected);
	});
});

describe("parseCookieDate refuses", () => {
	test.each([
		["a date without time", "Wed, 21 Oct 2015"],
		["a date without year", "Wed, 21 Oct 07:28:00"],
		["a date without month", "21 2015 07:28:00"],
		["day 0", "00 Jan 2030 00:00:00"],
		["day 32", "32 Jan 2030 00:00:00"],
		["hour 24", "01 Jan 2030 24:00:00"],
		["minute 60", "01 Jan 2030 00:60:00"],
		["second 60", "01 Jan 2030 00:00:60"],
		["a year before 1601", "01 Jan 1600 00:00:00"],
		["a five-digit year", "01 Jan 20300 00:00:00"],
		["31 February", "31 Feb 2030 00:00:00"],
		["29 February in a common year", "29 Feb 2023 00:00:00"],
		["an ISO 8601 date (no month name)", "2030-01-01T00:00:00Z"],
		["an empty string", ""],
		["garbage", "tomorrow"],
	])("%s", (_what, text) => {
		expect(parseCookieDate(text)).toBeNull();
	});
});
