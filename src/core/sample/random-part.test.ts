import { randomBytes } from "node:crypto";
import { sign as signCookie } from "cookie-signature";
import jwt from "jsonwebtoken";
import { ulid } from "ulid";
import { v7 as uuidv7 } from "uuid";
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

test("a UUIDv7 is measured on what follows its 48-bit time (the uuid package's v7)", () => {
	const id = uuidv7({ msecs: Date.UTC(2026, 11, 6), random: new Uint8Array(16).fill(0xab) });
	// 2026-12-06T00:00:00Z is 0x01a248a67c00 ms: the first 12 hex digits.
	expect(id).toBe("01a248a6-7c00-72ba-aeae-afababababab");
	const parts = randomParts([id]);
	expect(parts.kind).toBe("uuid-v7-random");
	expect(parts.parts).toEqual(["72baaeaeafababababab"]);
});

test("a ULID is measured on its last 16 characters (the ulid package)", () => {
	const id = ulid(Date.UTC(2026, 11, 6), () => 0.5);
	expect(id).toBe("01M94ACZ00GGGGGGGGGGGGGGGG");
	expect(randomParts([id])).toMatchObject({ kind: "ulid-random", parts: ["GGGGGGGGGGGGGGGG"] });
});

test("values of their shape whose time is not between 2000 and 2100 are taken whole", () => {
	// A v7-shaped UUID whose first 48 bits say the year 5000; a ULID-shaped value of year 1980.
	const far = "b1e5b4d4-0000-7abc-8def-0123456789ab";
	expect(randomParts([far]).kind).toBe("value");
	expect(randomParts([ulid(Date.UTC(1980, 0, 1))]).kind).toBe("value");
});
