import { expect, test } from "vitest";
import { randomFrom, randomHex, textBase64 } from "../../audit/testing/random-values.ts";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { weakToken } from "./weak-token.ts";

const jws = `${textBase64('{"alg":"HS256"}', true)}.${textBase64('{"sub":"1"}', true)}.${randomHex(16)}`;

test.each([
	["a 256-bit random session id", "session", randomHex(32), undefined],
	["a 128-bit random hex id", "session", randomHex(16), undefined],
	["a 96-bit random id", "session", randomHex(12), "low"],
	["a 48-bit random id", "session", randomHex(6), "high"],
	["a database id", "session", "1048576", "high"],
	["a sequence", "session", "abcdefghijklmnop", "high"],
	["an epoch timestamp", "session", "1767225600", "high"],
	["an epoch in milliseconds", "session", "1767225600123", "high"],
	["repeated characters", "session", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "high"],
	["a two-letter pattern", "session", "abababababababababababababababab", "high"],
	["a weak csrf token", "csrf", "123456", "medium"],
	["a 96-bit csrf token", "csrf", randomHex(12), "low"],
	["a 48-bit csrf token", "csrf", randomHex(6), "medium"],
	["a weak other cookie", "other", "1", undefined],
	["a signed JWT (judged by jwt-* rules)", "session", jws, undefined],
	[
		"a strong express-signed id",
		"session",
		`s%3A${randomFrom("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 32)}.${"Ab1".repeat(15)}`,
		undefined,
	],
	["a weak express-signed id", "session", `s%3A42.${"Ab1+/".repeat(9)}`, "high"],
	["an empty value", "session", "", undefined],
] as const)("%s (%s) → %s", (_, role, value, severity) => {
	expect(findingOf(weakToken, makeCookie({ value }), { role })?.severity).toBe(severity);
});

test("the threshold follows settings.minTokenEntropyBits", () => {
	const value = randomHex(12);
	expect(
		findingOf(weakToken, makeCookie({ value }), { settings: { minTokenEntropyBits: 64 } }),
	).toBeUndefined();
	expect(
		findingOf(weakToken, makeCookie({ value }), { settings: { minTokenEntropyBits: 256 } })?.severity,
	).toBe("high");
});

test("the message says why the value is weak", () => {
	expect(findingOf(weakToken, makeCookie({ value: "1767225600" }))?.message).toContain("a timestamp");
});
