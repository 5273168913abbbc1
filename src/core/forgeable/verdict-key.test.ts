import { expect, test } from "vitest";
import { signedCandidates } from "./signed-candidates.ts";
import { expressSessionCookie } from "./testing/mint.ts";
import { verdictKey } from "./verdict-key.ts";

test("the key is the cookie name and a SHA-256 of format and signed text, never the value", async () => {
	const cookie = expressSessionCookie("abc", "keyboard cat");
	const [candidate] = signedCandidates([cookie]);
	if (candidate === undefined) throw new Error("no candidate");
	const key = await verdictKey(crypto.subtle, cookie.name, candidate);
	expect(key.split("\u0000")).toEqual(["connect.sid", expect.stringMatching(/^[0-9a-f]{64}$/)]);
	expect(key).not.toContain("abc");
	const [other] = signedCandidates([expressSessionCookie("abd", "keyboard cat")]);
	if (other === undefined) throw new Error("no candidate");
	expect(await verdictKey(crypto.subtle, cookie.name, other)).not.toBe(key);
});
