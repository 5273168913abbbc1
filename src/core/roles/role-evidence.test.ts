import { describe, expect, test } from "vitest";
import type { Cookie } from "../cookie.ts";
import { makeCookie } from "../rules/testing/rule-context.ts";
import { DEFAULT_SETTINGS } from "../settings/settings.ts";
import { classifyRole, type RoleContext } from "./classify-role.ts";
import { createKnownCookieLookup, OPEN_COOKIE_DATABASE } from "./known-cookies.ts";

/** 43 base64url characters: about 256 random bits, as a login's id is. */
const RANDOM = "q7Xr2mZ9KpL4vN8sT1wB6yC3dF0gH5jQeRtUoIaSzEx";
const YEAR = 1_800_000_000;

function verdict(extra: Partial<Cookie>, context: RoleContext = {}) {
	const cookie = makeCookie({ domain: "example.com", value: RANDOM, ...extra });
	return classifyRole(cookie, "example.com", DEFAULT_SETTINGS, undefined, context);
}

describe("a random value under an unknown name", () => {
	test("HttpOnly: a session, but only a guess", () => {
		expect(verdict({ name: "x7", httpOnly: true, expirationDate: YEAR })).toEqual({
			role: "session",
			reason: "value is an opaque random token (about 256 bits) under an unknown name; HttpOnly",
			confidence: "guess",
		});
	});

	test("readable by scripts and ending with the browser: a session guess, as a careless site's login", () => {
		expect(verdict({ name: "x7", httpOnly: false })).toMatchObject({ role: "session", confidence: "guess" });
	});

	test("readable by scripts and kept across restarts: an other guess, as visitor ids are", () => {
		expect(verdict({ name: "x7", httpOnly: false, expirationDate: YEAR })).toMatchObject({
			role: "other",
			confidence: "guess",
		});
	});

	test("written by page script: likely a visitor id", () => {
		expect(
			verdict({ name: "x7", httpOnly: false }, { setBy: { writer: "script", serverIssuedValue: false } }),
		).toEqual({
			role: "other",
			reason:
				"value is an opaque random token (about 256 bits) under an unknown name, written by page script as visitor ids are",
			confidence: "likely",
		});
	});

	test("a companion <name>.sig: likely a signed session (keygrip)", () => {
		const json = btoa(JSON.stringify({ views: 3 }));
		expect(verdict({ name: "app", value: json }, { siteNames: new Set(["app", "app.sig"]) })).toEqual({
			role: "session",
			reason: "signed: a companion cookie app.sig holds its signature (keygrip)",
			confidence: "likely",
		});
	});

	test("a visitor-id shape: likely other", () => {
		const mixpanel = encodeURIComponent(JSON.stringify({ distinct_id: "18c3a9f", $device_id: "18c3a9f" }));
		expect(verdict({ name: "vid", value: mixpanel })).toEqual({
			role: "other",
			reason: 'value is JSON with the analytics field "distinct_id"',
			confidence: "likely",
		});
		expect(verdict({ name: "app_session", value: "XKz8N|1747869274302|1753688389486" })).toEqual({
			role: "other",
			reason: "value is little but a Unix time, not a secret",
			confidence: "likely",
		});
	});
});

describe("a record under an unknown name", () => {
	/** `{"a":{"id":"root"}}` and a signature, as Datasette signs its actor cookie. */
	const SIGNED = `${btoa(JSON.stringify({ a: { id: "root" } })).replaceAll("=", "")}.hZtyUxReN5reOkdnneiNQIqLhqh`;

	test("HttpOnly: a session guess, as servers keep sign-in state", () => {
		expect(verdict({ name: "x7", value: SIGNED, httpOnly: true })).toEqual({
			role: "session",
			reason: "value is a signed or encoded record; HttpOnly",
			confidence: "guess",
		});
	});

	test("readable by scripts: no session signal", () => {
		expect(verdict({ name: "x7", value: SIGNED, httpOnly: false })).toMatchObject({ role: "other" });
	});
});

describe("words of the name", () => {
	test.each([
		["app_session", true, "session", "likely", 'name has the word "session"'],
		["app_session", false, "session", "likely", 'name has the word "session"'],
		["vuidsessionx", false, "session", "guess", 'name contains "session" inside a word'],
		["vuidsessionx", true, "session", "likely", 'name contains "session" inside a word; HttpOnly'],
	] as const)("%s (HttpOnly %s) is a %s %s: %s", (name, httpOnly, role, confidence, reason) => {
		expect(verdict({ name, httpOnly })).toEqual({ role, reason, confidence });
	});

	test.each([
		["X-OWA-CANARY", 'anti-CSRF token (name has the word "canary")'],
		["form_key", "anti-CSRF cookie of Magento (Open Cookie Database)"],
		["myFormKey", 'anti-CSRF token (name has the word "form key")'],
		["trac_form_token", 'anti-CSRF token (name has the word "form token")'],
		["__Secure-Request-Token", 'anti-CSRF token (name has the word "request token")'],
		["crumb", 'anti-CSRF token (name has the word "crumb")'],
		["__RequestVerificationToken_L2FwcA2", 'anti-CSRF token (name contains "RequestVerificationToken")'],
	])("%s is an anti-CSRF token: %s", (name, reason) => {
		expect(
			verdict({ name, httpOnly: false }, { knownCookie: createKnownCookieLookup(OPEN_COOKIE_DATABASE) }),
		).toMatchObject({
			role: "csrf",
			reason,
		});
	});
});

describe("written by page script, or a UUID scripts can read", () => {
	const byScript: RoleContext = { setBy: { writer: "script", serverIssuedValue: false } };
	/** A JWT naming its user (sub) and expiry, as an identity provider issues (RFC 7519 §4.1). */
	const JWT = [
		btoa(JSON.stringify({ alg: "RS256", typ: "JWT" })),
		btoa(JSON.stringify({ sub: "a1b2", exp: 1_800_000_000 })),
		"c2lnbmF0dXJlLW9mLXRoZS1pc3N1ZXI",
	]
		.join(".")
		.replaceAll("=", "");

	test("a session word among a vendor's words, written by script: an other guess", () => {
		expect(verdict({ name: "zq_session", httpOnly: false }, byScript)).toEqual({
			role: "other",
			reason:
				'name has "session" among other words, and page script wrote it, as analytics and chat scripts write their visit ids; a login is set by the server',
			confidence: "guess",
		});
	});

	test.each(["auth_token", "session_token", "__Host-sid", "access_token"])(
		"%s, a name of login words only, written by script: still a session, which set-by-script flags",
		(name) => {
			expect(verdict({ name, httpOnly: false }, byScript)).toMatchObject({ role: "session" });
		},
	);

	test("a JWT naming its user, written by script under a vendor's name: a session", () => {
		expect(verdict({ name: "Provider.app.idToken", value: JWT, httpOnly: false }, byScript)).toEqual({
			role: "session",
			reason: "value is a JWT with subject or expiry claims",
			confidence: "likely",
		});
	});

	test("the same name set by the server: a session, a guess while scripts can read it", () => {
		const server: RoleContext = { setBy: { writer: "server", serverIssuedValue: true } };
		expect(verdict({ name: "zq_session", httpOnly: false }, server)).toEqual({
			role: "session",
			reason: 'name has the word "session" among other words; readable by scripts',
			confidence: "guess",
		});
		expect(verdict({ name: "zq_session", httpOnly: true }, server)).toMatchObject({
			role: "session",
			confidence: "likely",
		});
	});

	const UUID = "b804a9ec-51c8-4f75-b08e-5c2bb365d64b";
	test("a random UUID scripts can read under a session word: an other guess", () => {
		expect(verdict({ name: "chat_sid", value: UUID, httpOnly: false })).toEqual({
			role: "other",
			reason:
				'name contains "sid", but the value is a random UUID scripts can read, as the ids analytics and chat scripts mint are',
			confidence: "guess",
		});
		expect(verdict({ name: "x7", value: `%22${UUID}%22`, httpOnly: false })).toMatchObject({
			role: "other",
			confidence: "guess",
		});
	});

	test("an HttpOnly UUID, or a time-based one, is not taken for a script's id", () => {
		expect(verdict({ name: "chat_sid", value: UUID, httpOnly: true })).toMatchObject({ role: "session" });
		const v1 = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
		expect(verdict({ name: "chat_sid", value: v1, httpOnly: false })).toMatchObject({ role: "session" });
	});
});

test("a held-out lookup leaves out a platform's entries, and the evidence decides", () => {
	const withoutMagento = createKnownCookieLookup(OPEN_COOKIE_DATABASE, { excludePlatforms: ["Magento"] });
	expect(withoutMagento("form_key", "example.com")).toBeUndefined();
	expect(verdict({ name: "form_key" }, { knownCookie: withoutMagento })).toEqual({
		role: "csrf",
		reason: 'anti-CSRF token (name has the word "form key")',
		confidence: "likely",
	});
});
