import fc from "fast-check";
import { expect, test } from "vitest";
import { BUILT_IN_SECRETS } from "./built-in-secrets.ts";
import { findKnownSecrets } from "./find-known-secrets.ts";
import { signedCandidates } from "./signed-candidates.ts";
import { cookieOf } from "./testing/mint.ts";

test.each([
	["empty", ""],
	["s: alone", "s:"],
	["s%3A with a broken escape", "s%3Aabc.%E0%A4%A"],
	["s: without a dot", "s:abcdef"],
	["s: with a short signature", "s:abc.AAAA"],
	["s: with a padded signature", "s:abc.YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY="],
	["two dots, 19-byte signature", "eyJhIjoxfQ.ZZZZZZ.AAAAAAAAAAAAAAAAAAAAAAAAAA"],
	["django shape, 21-byte signature", "eyJhIjoxfQ:1abc:AAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
	["django shape, timestamp with a dash", "eyJhIjoxfQ:1a-c:AAAAAAAAAAAAAAAAAAAAAAAAAAA"],
	["JWT whose header is not JSON", "bm90IGpzb24.eyJzdWIiOiJhIn0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
	["JWT with alg HS256 and a short signature", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.AAAA"],
	[
		"JWT with alg toString",
		"eyJhbGciOiJ0b1N0cmluZyJ9.eyJzdWIiOiJhIn0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
	],
	["non-canonical trailing bits", "s:abc.YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTZ"],
	["a plain random token", "3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b"],
])("%s: no candidate", (_, value) => {
	expect(signedCandidates([cookieOf("sid", value)])).toEqual([]);
});

test("a valid shape gives one candidate per format it could be", () => {
	const django = "eyJhIjoxfQ:1xZXbO:lIjHxI0aGg5ua5T3Bv505sKZNcY";
	expect(signedCandidates([cookieOf("sessionid", django)]).map((c) => c.format)).toEqual(["django-signing"]);
	const flask = "eyJ1c2VyX2lkIjo0Mn0.axMACg.hRa5Hv_c8XtaqAp-RrBHGeACDDc";
	expect(signedCandidates([cookieOf("session", flask)]).map((c) => c.format)).toEqual(["itsdangerous"]);
});

test("values over 8192 characters are not checked", () => {
	const long = `s:${"a".repeat(9000)}.YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY`;
	expect(signedCandidates([cookieOf("connect.sid", long)])).toEqual([]);
});

test("any cookie values: never throws, and every candidate names one of the cookies", async () => {
	const pieces = fc.constantFrom(
		"s:",
		"s%3A",
		".",
		":",
		"%",
		"eyJhbGciOiJIUzI1NiJ9",
		"=",
		'"',
		"AAAA",
		"-_",
		"+/",
	);
	const value = fc.oneof(
		fc.string(),
		fc.array(pieces, { maxLength: 12 }).map((p) => p.join("")),
	);
	const name = fc.oneof(fc.constantFrom("session", "session.sig", ".sig", "sid"), fc.string());
	await fc.assert(
		fc.asyncProperty(fc.array(fc.tuple(name, value), { maxLength: 6 }), async (pairs) => {
			const cookies = pairs.map(([n, v]) => cookieOf(n, v));
			const candidates = signedCandidates(cookies);
			for (const c of candidates) expect(c.cookie).toBeLessThan(cookies.length);
			await findKnownSecrets(candidates, BUILT_IN_SECRETS.slice(0, 2), { subtle: crypto.subtle });
		}),
		{ numRuns: 200 },
	);
});
