import Keygrip from "keygrip";
import { describe, expect, test } from "vitest";
import { BUILT_IN_SECRETS } from "./built-in-secrets.ts";
import { findKnownSecrets } from "./find-known-secrets.ts";
import type { KnownSecret } from "./known-secret.ts";
import { signedCandidates } from "./signed-candidates.ts";
import type { SignedCookie } from "./signed-cookie.ts";
import {
	cookieOf,
	cookieSessionCookies,
	expressSessionCookie,
	jwtCookie,
	RECORDED,
	randomSecret,
	recordedSecret,
} from "./testing/mint.ts";

const subtle = globalThis.crypto.subtle;
const mine = (secret: string | Uint8Array): KnownSecret[] => [
	{ secret: randomSecret(), source: "decoy" },
	{ secret, source: "test list" },
];

async function check(cookies: readonly SignedCookie[], secrets: readonly KnownSecret[]) {
	return findKnownSecrets(signedCandidates(cookies), secrets, { subtle });
}

describe("express-session (cookie-signature)", () => {
	test("a cookie signed with the secret is found, with its format and the secret's source", async () => {
		const cookie = expressSessionCookie("Yx8yP2kVn3Qa0Lm7Rt5Wz1cB4dE6fG9h", "keyboard cat");
		expect(cookie.value.startsWith("s%3AYx8yP2kVn3Qa0Lm7Rt5Wz1cB4dE6fG9h.")).toBe(true);
		expect(await check([cookie], BUILT_IN_SECRETS)).toEqual([
			{ cookie: 0, format: "cookie-signature", source: "built-in: express-session README example" },
		]);
	});

	test("a signature that needs %2B or %2F in the cookie is decoded first", async () => {
		const ids = Array.from({ length: 40 }, (_, i) => `id-${i}`);
		const cookies = ids.map((id) => expressSessionCookie(id, "s3cr3t"));
		expect(cookies.some((c) => /%2[BF]/.test(c.value))).toBe(true);
		expect(await check(cookies, mine("s3cr3t"))).toHaveLength(40);
	});

	test("signed with a random secret: nothing", async () => {
		expect(await check([expressSessionCookie("abc", randomSecret())], BUILT_IN_SECRETS)).toEqual([]);
	});
});

describe("cookie-session (keygrip .sig companion)", () => {
	test("the session cookie is flagged, not its .sig", async () => {
		const cookies = await cookieSessionCookies(["key1", "key2"], { user: "alice" });
		expect(cookies.map((c) => c.name)).toEqual(["session", "session.sig"]);
		expect(await check(cookies, BUILT_IN_SECRETS)).toEqual([
			{ cookie: 0, format: "keygrip", source: "built-in: cookie-session README example" },
		]);
	});

	test("a random key: nothing; without its companion the cookie is not a candidate", async () => {
		const cookies = await cookieSessionCookies([randomSecret()], { user: "alice" });
		expect(await check(cookies, BUILT_IN_SECRETS)).toEqual([]);
		expect(signedCandidates(cookies.filter((c) => c.name === "session"))).toEqual([]);
	});

	test("keygrip with SHA-256 (Koa lets app.keys be a Keygrip of any algorithm)", async () => {
		const value = "eyJ1c2VyIjoiYWxpY2UifQ==";
		const sig = new Keygrip(["some secret hurr"], "sha256").sign(`koa.sess=${value}`);
		const cookies = [cookieOf("koa.sess", value), cookieOf("koa.sess.sig", sig)];
		expect(await check(cookies, BUILT_IN_SECRETS)).toEqual([
			{ cookie: 0, format: "keygrip", source: "built-in: koa-session README example" },
		]);
	});

	test("a companion in another path does not sign the cookie", async () => {
		const [session, sig] = await cookieSessionCookies(["key1"], { user: "alice" });
		if (session === undefined || sig === undefined) throw new Error("cookie-session sent no cookies");
		expect(signedCandidates([session, { ...sig, path: "/admin" }])).toEqual([]);
	});
});

describe("JWT HS256, HS384, HS512 (jsonwebtoken)", () => {
	test.each(["HS256", "HS384", "HS512"] as const)("%s with a known secret is found", async (alg) => {
		expect(await check([jwtCookie("your-256-bit-secret", alg)], BUILT_IN_SECRETS)).toEqual([
			{ cookie: 0, format: "jwt", source: "built-in: jwt.io debugger default" },
		]);
	});

	test.each(["HS256", "HS384", "HS512"] as const)("%s with a random secret: nothing", async (alg) => {
		expect(await check([jwtCookie(randomSecret(), alg)], BUILT_IN_SECRETS)).toEqual([]);
	});

	test("alg none and RS256 are not candidates", () => {
		const none = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9.";
		const rs = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlMTIzNA";
		expect(signedCandidates([cookieOf("t", none), cookieOf("t", rs)])).toEqual([]);
	});
});

describe("Flask and Django, recorded with the real libraries", () => {
	test("recorded with Flask, itsdangerous and Django", () => {
		expect(RECORDED.recordedWith).toMatchObject({ flask: "2.2.2", itsdangerous: "2.1.2", django: "3.2.25" });
		expect(RECORDED.cookies.map((c) => c.case)).toEqual([
			"flask small session",
			"flask compressed session",
			"flask quickstart secret",
			"django sha256",
			"django sha1",
			"django compressed sha256",
		]);
	});

	test.each(RECORDED.cookies.map((c) => [c.case, c] as const))(
		"%s: found with its secret",
		async (_, entry) => {
			expect(await check([cookieOf(entry.name, entry.value)], mine(recordedSecret(entry)))).toEqual([
				{ cookie: 0, format: entry.format, source: "test list" },
			]);
		},
	);

	test.each(RECORDED.cookies.map((c) => [c.case, c] as const))(
		"%s: nothing with random secrets",
		async (_, entry) => {
			const secrets = Array.from({ length: 5 }, () => ({ secret: randomSecret(), source: "random" }));
			expect(await check([cookieOf(entry.name, entry.value)], secrets)).toEqual([]);
		},
	);

	test("the compressed values are the ones with a leading dot", () => {
		const compressed = RECORDED.cookies.filter((c) => c.case.includes("compressed"));
		expect(compressed.map((c) => c.value[0])).toEqual([".", "."]);
	});

	test("Flask's quickstart secret is built in, as bytes", async () => {
		const entry = RECORDED.cookies.find((c) => c.case === "flask quickstart secret");
		if (entry === undefined) throw new Error("fixture missing");
		expect(await check([cookieOf(entry.name, entry.value)], BUILT_IN_SECRETS)).toEqual([
			{ cookie: 0, format: "itsdangerous", source: "built-in: Flask quickstart example" },
		]);
	});

	test("one changed character of the payload breaks the match", async () => {
		const entry = RECORDED.cookies[0];
		if (entry === undefined) throw new Error("fixture missing");
		const tampered = `eyJ1c2VyX2lkIjo0M30${entry.value.slice(entry.value.indexOf("."))}`;
		expect(await check([cookieOf("session", tampered)], mine(recordedSecret(entry)))).toEqual([]);
	});
});

describe("the search", () => {
	test("the first matching secret in list order names the source", async () => {
		const cookie = expressSessionCookie("abc", "keyboard cat");
		const secrets = [
			{ secret: "keyboard cat", source: "first" },
			{ secret: "keyboard cat", source: "second" },
		];
		expect((await check([cookie], secrets))[0]?.source).toBe("first");
	});

	test("several cookies, each with its own secret, past one batch of secrets", async () => {
		const many = Array.from({ length: 600 }, (_, i) => ({ secret: `filler-${i}`, source: "filler" }));
		const cookies = [
			jwtCookie("filler-599", "HS256"),
			expressSessionCookie("x", "filler-3"),
			cookieOf("theme", "dark"),
		];
		const found = await check(cookies, many);
		expect(found.map((m) => [m.cookie, m.format]).sort()).toEqual([
			[0, "jwt"],
			[1, "cookie-signature"],
		]);
	});

	test("reports progress per batch and an empty secret matches nothing", async () => {
		const seen: number[] = [];
		const secrets = [
			{ secret: "", source: "empty" },
			...Array.from({ length: 300 }, () => ({ secret: "x", source: "x" })),
		];
		await findKnownSecrets(signedCandidates([jwtCookie(randomSecret(), "HS256")]), secrets, {
			subtle,
			onProgress: (tried) => seen.push(tried),
		});
		expect(seen).toEqual([256, 301]);
	});

	test("no candidates: no work, no progress", async () => {
		const seen: number[] = [];
		const found = await findKnownSecrets([], BUILT_IN_SECRETS, { subtle, onProgress: (n) => seen.push(n) });
		expect(found).toEqual([]);
		expect(seen).toEqual([]);
	});
});
