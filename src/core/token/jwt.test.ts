import { EncryptJWT, SignJWT } from "jose";
import { expect, test } from "vitest";
import { randomBytes, textBase64 } from "../audit/testing/random-values.ts";
import { inspectJwt, isUnsigned } from "./jwt.ts";

test("a signed JWT is decoded without verification", async () => {
	const token = await new SignJWT({ role: "admin" })
		.setProtectedHeader({ alg: "HS256" })
		.setSubject("42")
		.sign(randomBytes(32));
	expect(inspectJwt(token)).toEqual({ kind: "jws", alg: "HS256", claims: { role: "admin", sub: "42" } });
});

test("a JWE (5 parts) is recognised but not decrypted", async () => {
	const token = await new EncryptJWT({ sub: "42" })
		.setProtectedHeader({ alg: "dir", enc: "A256GCM" })
		.encrypt(randomBytes(32));
	expect(inspectJwt(token)).toEqual({ kind: "jwe", alg: "dir", enc: "A256GCM" });
});

test.each([
	["none", true],
	["NONE", true],
	["HS256", false],
])("alg %s is unsigned: %s", (alg, unsigned) => {
	const token = `${textBase64(JSON.stringify({ alg }), true)}.${textBase64('{"sub":"1"}', true)}.`;
	const jwt = inspectJwt(token);
	expect(jwt).toBeDefined();
	if (jwt) expect(isUnsigned(jwt)).toBe(unsigned);
});

test.each([
	["three random parts", "abc.def.ghi"],
	["a dotted version", "1.2.3"],
	["payload not JSON", `${textBase64('{"alg":"HS256"}', true)}.${textBase64("hello", true)}.sig`],
	["four parts", "a.b.c.d"],
	["characters outside base64url", "eyJ+.eyJ.x"],
])("%s is not a JWT", (_, value) => {
	expect(inspectJwt(value)).toBeUndefined();
});
