import { expect, test } from "vitest";
import { randomHex, textBase64 } from "../../audit/testing/random-values.ts";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { tokenContainsData } from "./token-contains-data.ts";

const jwt = (claims: object) =>
	`${textBase64('{"alg":"HS256","typ":"JWT"}', true)}.${textBase64(JSON.stringify(claims), true)}.${randomHex(32)}`;

test.each([
	["plain key=value", "user=alice&role=admin", ["a user id", "a role"]],
	["URL-encoded email", encodeURIComponent("ada@example.com"), ["an email address"]],
	["base64 JSON", textBase64(JSON.stringify({ user_id: 42, is_admin: true })), ["a user id", "a role"]],
	[
		"base64url JSON in a Flask session",
		`${textBase64('{"_user_id":"7","uid":7}', true)}.Zx1aBc.${randomHex(10)}`,
		["a user id"],
	],
	[
		"JWT claims",
		jwt({ sub: "42", email: "ada@example.com", roles: ["admin"] }),
		["a user id", "an email address", "a role"],
	],
	[
		"Supabase base64- JSON",
		`base64-${textBase64(JSON.stringify({ user: { email: "a@b.io" } }), true)}`,
		["an email address"],
	],
])("%s is reported", (_, value, kinds) => {
	const finding = findingOf(tokenContainsData, makeCookie({ value }));
	expect(finding?.severity).toBe("medium");
	for (const kind of kinds) expect(finding?.message).toContain(kind);
});

test.each([
	["a random id", randomHex(32)],
	[
		"an encrypted Laravel payload",
		encodeURIComponent(textBase64(JSON.stringify({ iv: "x", value: "y", mac: "z" }))),
	],
	["a JWT without personal claims", jwt({ exp: 1767225600, jti: "abc" })],
])("%s is not reported", (_, value) => {
	expect(findingOf(tokenContainsData, makeCookie({ value }))).toBeUndefined();
});

test("only session cookies are checked", () => {
	expect(
		findingOf(tokenContainsData, makeCookie({ value: "user=alice" }), { role: "other" }),
	).toBeUndefined();
});
