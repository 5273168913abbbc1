import { expect, test } from "vitest";
import { textBase64 } from "../../audit/testing/random-values.ts";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { jwtUnsigned } from "./jwt-unsigned.ts";

const payload = textBase64('{"sub":"42","exp":1767229200}', true);

test.each([
	["alg none", `${textBase64('{"alg":"none"}', true)}.${payload}.`, "high"],
	["alg None (mixed case)", `${textBase64('{"alg":"None","typ":"JWT"}', true)}.${payload}.`, "high"],
	["alg HS256", `${textBase64('{"alg":"HS256"}', true)}.${payload}.c2lnbmF0dXJl`, undefined],
	[
		"nested in JSON",
		textBase64(JSON.stringify({ access_token: `${textBase64('{"alg":"none"}', true)}.${payload}.` })),
		"high",
	],
	["not a JWT", "a.b.c", undefined],
])("%s → %s", (_, value, severity) => {
	expect(findingOf(jwtUnsigned, makeCookie({ value }))?.severity).toBe(severity);
});

test("only session cookies are checked", () => {
	const value = `${textBase64('{"alg":"none"}', true)}.${payload}.`;
	expect(findingOf(jwtUnsigned, makeCookie({ value }), { role: "csrf" })).toBeUndefined();
});
