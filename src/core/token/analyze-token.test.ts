import { EncryptJWT } from "jose";
import { expect, test } from "vitest";
import { randomBytes, randomHex, textBase64, toBase64Url } from "../audit/testing/random-values.ts";
import { analyzeToken } from "./analyze-token.ts";

test.each([
	["random hex", () => randomHex(16), "opaque", 128],
	[
		"express signed id",
		() => `s%3A${toBase64Url(randomBytes(24))}.${toBase64Url(randomBytes(32))}`,
		"opaque",
		180,
	],
	["Spring base64(UUID v4)", () => textBase64(crypto.randomUUID()), "opaque", 122],
	["UUID v4", () => crypto.randomUUID(), "opaque", 122],
	[
		"Flask JSON session",
		() => `${textBase64('{"user_id":1}', true)}.Zx1aBc.${randomHex(10)}`,
		"structured",
		0,
	],
	["empty", () => "", "empty", 0],
])("%s is %s with at least %i bits", async (_, make, kind, bits) => {
	const analysis = analyzeToken(make());
	expect(analysis.kind).toBe(kind);
	expect(analysis.entropy.bits).toBeGreaterThanOrEqual(bits);
});

test("the express envelope is named and not measured", () => {
	const analysis = analyzeToken(`s%3A42.${toBase64Url(randomBytes(32))}`);
	expect(analysis.envelope).toContain("express-session");
	expect(analysis.weakness).toBe("numeric");
});

test("a time-based UUID (v1) is timestamp-like", () => {
	expect(analyzeToken("c232ab00-9414-11ec-b3c8-9f6bdeced846").weakness).toBe("timestamp");
});

test("a JWE is an opaque encrypted token with nothing embedded", async () => {
	const jwe = await new EncryptJWT({ email: "a@b.io" })
		.setProtectedHeader({ alg: "dir", enc: "A256GCM" })
		.encrypt(randomBytes(32));
	const analysis = analyzeToken(jwe);
	expect(analysis).toMatchObject({ kind: "jwe", embedded: [] });
});

test("JWTs inside decoded JSON are found (Supabase access_token)", () => {
	const jwt = `${textBase64('{"alg":"none"}', true)}.${textBase64('{"sub":"u1"}', true)}.`;
	const value = `base64-${textBase64(JSON.stringify({ access_token: jwt, refresh_token: "r" }), true)}`;
	const analysis = analyzeToken(value);
	expect(analysis.jwts).toHaveLength(1);
	expect(analysis.embedded.map((d) => d.where)).toContain('JWT claim "sub"');
});

test("decoding is bounded on deeply nested encodings", () => {
	let value = "user=alice";
	for (let i = 0; i < 30; i++) value = textBase64(value);
	expect(() => analyzeToken(value)).not.toThrow();
});
