/**
 * The signature check of `forgeable-session` (src/core/forgeable): secrets tried per second for one
 * signed cookie of each format (every secret misses, so each is tried), and the time to check a site's
 * 20 cookies, three of them signed (express-session, a JWT, cookie-session with its .sig), against the
 * whole list the CLI uses (built-in and the vendored wallarm/jwt-secrets wordlist).
 */
import { readFileSync } from "node:fs";
import { sign } from "cookie-signature";
import jwt from "jsonwebtoken";
import Keygrip from "keygrip";
import { BUILT_IN_SECRETS } from "../../src/core/forgeable/built-in-secrets.ts";
import { findKnownSecrets } from "../../src/core/forgeable/find-known-secrets.ts";
import type { KnownSecret } from "../../src/core/forgeable/known-secret.ts";
import { gunzipText, secretLines } from "../../src/core/forgeable/secret-lines.ts";
import { signedCandidates } from "../../src/core/forgeable/signed-candidates.ts";
import type { SignedCookie } from "../../src/core/forgeable/signed-cookie.ts";
import recorded from "../../test/fixtures/signed-cookies/python-signed-cookies.json" with { type: "json" };

const UNKNOWN = "9c1f7e3a5b2d4f6e8a0c1b3d5f7e9a2c";
const cookie = (name: string, value: string): SignedCookie => ({
	name,
	value,
	domain: "app.example",
	path: "/",
});
const python = (format: string) => recorded.cookies.find((c) => c.format === format)?.value ?? "";

function signedOfEachFormat(): Record<string, SignedCookie[]> {
	const koa = "eyJ1c2VyIjoiYWxpY2UifQ==";
	return {
		"cookie-signature": [cookie("connect.sid", encodeURIComponent(`s:${sign("Yx8yP2kVn3Qa0Lm7", UNKNOWN)}`))],
		keygrip: [
			cookie("koa.sess", koa),
			cookie("koa.sess.sig", new Keygrip([UNKNOWN]).sign(`koa.sess=${koa}`)),
		],
		itsdangerous: [cookie("session", python("itsdangerous"))],
		"django-signing": [cookie("sessionid", python("django-signing"))],
		jwt: [cookie("token", jwt.sign({ sub: "alice" }, UNKNOWN))],
	};
}

async function wordlist(): Promise<KnownSecret[]> {
	const gz = readFileSync(
		new URL("../../src/core/forgeable/data/wallarm-jwt-secrets.txt.gz", import.meta.url),
	);
	const text = await gunzipText(new Uint8Array(gz));
	return secretLines(text).map((secret) => ({ secret, source: "wallarm/jwt-secrets wordlist" }));
}

async function timeCheck(cookies: SignedCookie[], secrets: readonly KnownSecret[]): Promise<number> {
	const started = performance.now();
	await findKnownSecrets(signedCandidates(cookies), secrets, { subtle: globalThis.crypto.subtle });
	return performance.now() - started;
}

/** Table rows: measure, value, note. */
export async function forgeableRows(): Promise<string[][]> {
	const all = [...BUILT_IN_SECRETS, ...(await wordlist())];
	const sample = all.slice(0, 20_000);
	const rows: string[][] = [];
	for (const [format, cookies] of Object.entries(signedOfEachFormat())) {
		const ms = await timeCheck(cookies, sample);
		rows.push([
			`forgeable: one ${format} cookie`,
			`${Math.round((sample.length / ms) * 1000).toLocaleString("en")}/s`,
			"secrets tried per second",
		]);
	}
	const each = signedOfEachFormat();
	const site = [
		...(each["cookie-signature"] ?? []),
		...(each.jwt ?? []),
		...(each.keygrip ?? []),
		...Array.from({ length: 16 }, (_, i) => cookie(`pref_${i}`, `${UNKNOWN.slice(i)}${i}`)),
	];
	const siteMs = await timeCheck(site, all);
	rows.push([
		"forgeable: a site's 20 cookies, 3 signed",
		`${(siteMs / 1000).toFixed(1)} s`,
		`against all ${all.length.toLocaleString("en")} known secrets, none matching`,
	]);
	return rows;
}
