/**
 * The framework fixtures of test/fixtures/framework-cookies.json as Cookie records, with every
 * `<…>` placeholder filled with a fresh, realistic value (for tests only).
 */
import { EncryptJWT, SignJWT } from "jose";
import fixtures from "../../../../test/fixtures/framework-cookies.json" with { type: "json" };
import type { Cookie } from "../../cookie.ts";
import { randomBytes, randomFrom, randomHex, textBase64, toBase64, toBase64Url } from "./random-values.ts";

export interface FrameworkFixture {
	framework: string;
	cookieName: string;
	setCookie: string;
	isSession: boolean;
	context: string;
}

export const FRAMEWORK_FIXTURES: readonly FrameworkFixture[] = fixtures;

const LOWER36 = "abcdefghijklmnopqrstuvwxyz0123456789";
const ALNUM = `${LOWER36}ABCDEFGHIJKLMNOPQRSTUVWXYZ`;

async function jwe(claims: Record<string, unknown>): Promise<string> {
	return new EncryptJWT(claims)
		.setProtectedHeader({ alg: "dir", enc: "A256GCM" })
		.setExpirationTime("30d")
		.encrypt(randomBytes(32));
}

async function supabaseSession(): Promise<string> {
	const userId = crypto.randomUUID();
	const accessToken = await new SignJWT({ role: "authenticated", email: "ada@example.com" })
		.setProtectedHeader({ alg: "HS256" })
		.setSubject(userId)
		.setExpirationTime("1h")
		.sign(randomBytes(32));
	const session = { access_token: accessToken, token_type: "bearer", refresh_token: randomFrom(LOWER36, 12) };
	return `base64-${textBase64(JSON.stringify({ ...session, user: { id: userId, email: "ada@example.com" } }), true)}`;
}

function laravelEncrypted(): string {
	const payload = {
		iv: toBase64(randomBytes(16)),
		value: toBase64(randomBytes(48)),
		mac: randomHex(32),
		tag: "",
	};
	return encodeURIComponent(textBase64(JSON.stringify(payload)));
}

/** Placeholder → fresh value, keyed by what the placeholder says. */
async function fill(placeholder: string): Promise<string> {
	if (placeholder.startsWith("sessionId")) return toBase64Url(randomBytes(24));
	if (placeholder === "hmac") return encodeURIComponent(toBase64(randomBytes(32)).replace(/=+$/, ""));
	if (placeholder.startsWith("26-32 chars")) return randomFrom("0123456789abcdefghijklmnopqrstuv", 26);
	if (placeholder.startsWith("32 hex")) return randomHex(16).toUpperCase();
	if (placeholder === "24 chars") return randomFrom("abcdefghijklmnopqrstuvwxyz012345", 24);
	if (placeholder === "data-protected id") return `CfDJ8${toBase64Url(randomBytes(160))}`;
	if (placeholder.startsWith("32 chars [a-z0-9]")) return randomFrom(LOWER36, 32);
	if (placeholder === "32 chars") return randomFrom(ALNUM, 32);
	if (placeholder.startsWith("encrypted, URL-encoded")) {
		return encodeURIComponent([48, 12, 16].map((n) => toBase64(randomBytes(n))).join("--"));
	}
	if (placeholder.startsWith("encrypted")) return laravelEncrypted();
	if (placeholder.startsWith("itsdangerous")) {
		return `${textBase64(JSON.stringify({ user_id: 42 }), true)}.${toBase64Url(randomBytes(4))}.${toBase64Url(randomBytes(20))}`;
	}
	if (placeholder === "base64(UUID)") return textBase64(crypto.randomUUID());
	if (placeholder === "JWE") return jwe({ sub: crypto.randomUUID(), email: "ada@example.com" });
	if (placeholder === "token" || placeholder === "hash") return randomHex(32);
	if (placeholder === "url-encoded URL") return encodeURIComponent("https://app.example.com/dashboard");
	if (placeholder === "project-ref") return randomFrom("abcdefghijklmnopqrstuvwxyz", 20);
	if (placeholder.startsWith("base64url JSON session")) return (await supabaseSession()).slice(7);
	if (placeholder === "opaque")
		return `${toBase64Url(randomBytes(32))}-1721374712-1.0.1.1-${toBase64Url(randomBytes(60))}`;
	if (placeholder === "random") return String(1_000_000_000 + (randomBytes(3)[0] ?? 0) * 1000);
	if (placeholder === "first-visit-unix-ts") return "1721374712";
	if (placeholder === "context-path") return "app";
	if (placeholder === "app_name") return "myapp";
	throw new Error(`unknown placeholder <${placeholder}>`);
}

async function fillAll(text: string): Promise<string> {
	const parts = text.split(/<([^>]+)>/);
	const filled: string[] = [];
	for (const [i, part] of parts.entries()) filled.push(i % 2 === 1 ? await fill(part) : part);
	return filled.join("");
}

/** A Cookie as a browser would store the fixture's header from `host` (app.example.com) at `now`. */
export async function fixtureCookie(
	f: FrameworkFixture,
	now: number,
	host = "app.example.com",
): Promise<Cookie> {
	const [pair = "", ...attrs] = f.setCookie.split(/;\s*/);
	const eq = pair.indexOf("=");
	const name = await fillAll(pair.slice(0, eq));
	const value = await fillAll(pair.slice(eq + 1));
	const attr = (key: string) => attrs.find((a) => a.toLowerCase().startsWith(key))?.split("=")[1];
	const maxAge = attr("max-age");
	const expires =
		maxAge !== undefined ? now + Number(maxAge) : attr("expires") !== undefined ? now + 1800 : undefined;
	const domain = attr("domain");
	const sameSite = (attr("samesite") ?? "unspecified").toLowerCase();
	return {
		name,
		value,
		domain: domain ?? host,
		hostOnly: domain === undefined,
		path: await fillAll(attr("path=") ?? "/"),
		secure: attrs.some((a) => a.toLowerCase() === "secure"),
		httpOnly: attrs.some((a) => a.toLowerCase() === "httponly"),
		sameSite: sameSite as Cookie["sameSite"],
		session: expires === undefined,
		...(expires === undefined ? {} : { expirationDate: expires }),
		...(attrs.some((a) => a.toLowerCase() === "partitioned")
			? { partitionKey: { topLevelSite: "https://example.com" } }
			: {}),
	};
}
