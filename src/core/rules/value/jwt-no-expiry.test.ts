import { EncryptJWT } from "jose";
import { expect, test } from "vitest";
import { randomBytes, textBase64 } from "../../audit/testing/random-values.ts";
import { findingOf, makeCookie, NOW } from "../testing/rule-context.ts";
import { jwtNoExpiry } from "./jwt-no-expiry.ts";

const DAY = 86_400;
const jwt = (claims: object) =>
	`${textBase64('{"alg":"HS256"}', true)}.${textBase64(JSON.stringify(claims), true)}.c2lnbmF0dXJlc2lnbmF0dXJl`;

test.each([
	["no exp", jwt({ sub: "1" }), "medium", "no exp claim"],
	["exp in 90 days", jwt({ sub: "1", exp: NOW + 90 * DAY }), "medium", "90 days"],
	["exp in 1 hour", jwt({ sub: "1", exp: NOW + 3600 }), undefined, ""],
	["exp already past", jwt({ sub: "1", exp: NOW - 10 }), undefined, ""],
	["opaque id", "9f86d081884c7d659a2feaa0c55ad015", undefined, ""],
])("%s → %s", (_, value, severity, text) => {
	const finding = findingOf(jwtNoExpiry, makeCookie({ value }));
	expect(finding?.severity).toBe(severity);
	expect(finding?.message ?? "").toContain(text);
});

test("a JWE is opaque: its claims are not read", async () => {
	const value = await new EncryptJWT({ sub: "1" })
		.setProtectedHeader({ alg: "dir", enc: "A256GCM" })
		.encrypt(randomBytes(32));
	expect(value.split(".")).toHaveLength(5);
	expect(findingOf(jwtNoExpiry, makeCookie({ value }))).toBeUndefined();
});

test("the maximum follows settings.maxSessionLifetimeDays", () => {
	const value = jwt({ exp: NOW + 10 * DAY });
	expect(
		findingOf(jwtNoExpiry, makeCookie({ value }), { settings: { maxSessionLifetimeDays: 7 } }),
	).toBeDefined();
});
