import { randomBytes } from "node:crypto";
import { sign as signCookie } from "cookie-signature";
import jwt from "jsonwebtoken";
import { expect, test } from "vitest";
import { randomParts } from "./random-part.ts";

test("express-session signed values are measured by their id", () => {
	const id = randomBytes(24).toString("base64url");
	const signed = encodeURIComponent(`s:${signCookie(id, "keyboard cat")}`);
	const parts = randomParts([signed, signed]);
	expect(parts.kind).toBe("signed-id");
	expect(parts.parts).toEqual([id, id]);
});

test("a JWT's jti is its random part; without one it has none", () => {
	const withId = jwt.sign({ sub: "alice", jti: "f00dbabe" }, "secret");
	expect(randomParts([withId])).toEqual({
		kind: "jwt-id",
		parts: ["f00dbabe"],
		note: "the jti claim of each JWT; the rest is derived",
	});
	const without = jwt.sign({ sub: "alice", iat: 1_800_000_000 }, "secret");
	expect(randomParts([without]).kind).toBe("jwt-without-random-part");
	expect(randomParts([without]).parts).toEqual([""]);
});

test("anything else is the whole (URL-decoded) value", () => {
	expect(randomParts(["a%2Fb", "c"])).toEqual({
		kind: "value",
		parts: ["a/b", "c"],
		note: "the whole value",
	});
});
