import { describe, expect, test } from "vitest";
import { FRAMEWORK_FIXTURES, fixtureCookie } from "../audit/testing/framework-fixtures.ts";
import { randomHex } from "../audit/testing/random-values.ts";
import type { Cookie } from "../cookie.ts";
import { makeCookie } from "../rules/testing/rule-context.ts";
import { DEFAULT_SETTINGS, type Settings } from "../settings/settings.ts";
import { classifyRole } from "./classify-role.ts";

const NOW = 1_767_225_600; // 2026-01-01
const CSRF_NAMES = new Set(["csrftoken", "XSRF-TOKEN", "__Host-next-auth.csrf-token"]);

function cookie(name: string, value = randomHex(16), extra: Partial<Cookie> = {}): Cookie {
	return makeCookie({ name, value, domain: "example.com", ...extra });
}

const settings = (extra: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...extra });

describe("framework fixtures", () => {
	test.each(FRAMEWORK_FIXTURES.map((f) => [`${f.cookieName} (${f.framework}, ${f.context})`, f] as const))(
		"%s gets the fixture's role",
		async (_, fixture) => {
			const c = await fixtureCookie(fixture, NOW);
			const expected = fixture.isSession ? "session" : CSRF_NAMES.has(c.name) ? "csrf" : "other";
			const verdict = classifyRole(c, "example.com", settings());
			expect(verdict.role, verdict.reason).toBe(expected);
			expect(verdict.reason.length).toBeGreaterThan(10);
		},
	);
});

describe("reasons a person understands", () => {
	test.each([
		["PHPSESSID", "framework default session cookie of PHP (PHPSESSID)"],
		["_ga", "analytics cookie of Google Analytics (Open Cookie Database)"],
		["_hjSession_123456", "analytics cookie (Hotjar _hj*); its name only looks like a session"],
		["csrftoken", "anti-CSRF token of Django (csrftoken)"],
		["__Host-PHPSESSID", "prefixed framework session cookie of PHP (__Host-PHPSESSID)"],
	])("%s → %s", (name, reason) => {
		expect(classifyRole(cookie(name), "example.com", settings()).reason).toBe(reason);
	});
});

describe("the Open Cookie Database", () => {
	test.each([
		// The database's `_ga` entry is for the start of a name: our list's exact pattern comes first.
		["_ga_ABC123", "example.com", "other", "analytics cookie (Google Analytics _ga)"],
		["_fbp", "example.com", "other", "advertising cookie (Meta Pixel)"],
		[
			"IDE",
			"doubleclick.net",
			"other",
			"marketing cookie of DoubleClick/Google Marketing (Open Cookie Database)",
		],
		["form_key", "example.com", "csrf", "anti-CSRF cookie of Magento (Open Cookie Database)"],
		["bbuserid", "example.com", "session", 'sign-in cookie of vBulletin (Open Cookie Database: "logged in")'],
		["frontend", "example.com", "session", 'sign-in cookie of Magento (Open Cookie Database: "session id")'],
		["token", "adform.net", "other", "marketing cookie of Adform (Open Cookie Database)"],
		["token", "example.com", "session", 'name has the word "token"'],
		["SID", "example.com", "session", 'name has the word "sid"'],
		[
			"__Secure-next-auth.callback-url",
			"example.com",
			"other",
			"sign-in flow cookie (NextAuth.js / Auth.js); its name only looks like a session",
		],
	] as const)("%s on %s is %s: %s", (name, site, role, reason) => {
		const confidence = reason.startsWith("name has") ? "likely" : "known";
		expect(classifyRole(cookie(name, randomHex(32), { domain: site }), site, settings())).toEqual({
			role,
			reason,
			confidence,
		});
	});

	test.each([
		["sessionid", "instagram.com", "framework default session cookie of Django (sessionid)"],
		[
			"connect.sid",
			"zendesk.com",
			"framework default session cookie of Express (express-session) (connect.sid)",
		],
		[
			"JSESSIONID",
			"example.com",
			"framework default session cookie of Java Servlet (Tomcat, Jetty …) (JSESSIONID)",
		],
	])("framework defaults come first: %s on %s", (name, site, reason) => {
		expect(classifyRole(cookie(name, randomHex(32), { domain: site }), site, settings())).toEqual({
			role: "session",
			reason,
			confidence: "known",
		});
	});

	test.each([
		["SID", "google.com", "session"],
		["HSID", "google.com", "session"],
		["__Secure-1PSID", "google.com", "session"],
		["__Secure-3PSIDTS", "google.com", "session"],
		["c_user", "facebook.com", "session"],
		["xs", "facebook.com", "session"],
		["auth_token", "twitter.com", "session"],
		["ct0", "twitter.com", "csrf"],
	] as const)(
		"an override corrects a platform's own sign-in cookie filed as marketing: %s on %s is %s",
		(name, site, role) => {
			expect(classifyRole(cookie(name, randomHex(32), { domain: site }), site, settings()).role).toBe(role);
		},
	);

	test("a sign-in cookie whose value is a flag is not the login itself", () => {
		expect(classifyRole(cookie("spbc_is_logged_in", "1"), "example.com", settings())).toEqual({
			role: "other",
			reason:
				'sign-in cookie of CleanTalk (Open Cookie Database: "logged in"), but the value is a flag, not a token',
			confidence: "known",
		});
	});

	test("the user's overrides still come first", () => {
		const extra = { roleOverrides: [{ name: "bbuserid", role: "other" as const }] };
		expect(classifyRole(cookie("bbuserid"), "example.com", settings(extra)).role).toBe("other");
	});
});

describe("names that merely contain session or sid", () => {
	test.each([
		["_hjSession_3456789", "other"],
		["_hjSessionUser_3456789", "other"],
		["AMP_a1b2c3d4e5", "other"],
		["ajs_anonymous_id", "other"],
		["__stripe_sid", "other"],
		["_gcl_au", "other"],
		["_pk_ses.1.abcd", "other"],
		["incap_ses_123_456", "other"],
		["AWSALBCORS", "other"],
		["ARRAffinity", "other"],
		["__cf_bm", "other"],
		["OptanonConsent", "other"],
		["__utmz", "other"],
		["JSESSIONID", "session"],
		["my_app_sid", "session"],
		["auth_token", "session"],
		["remember_user_token", "session"],
		["_gitlab_session", "session"],
		["sb-abcdefghijklmnopqrst-auth-token.0", "session"],
		["wordpress_logged_in_0123456789abcdef0123456789abcdef", "session"],
		["my_csrf", "csrf"],
	] as const)("%s is %s", (name, role) => {
		expect(classifyRole(cookie(name), "example.com", settings()).role).toBe(role);
	});
});

describe("values", () => {
	test.each([
		["remember_me", "1", "other"],
		["logged_in", "true", "other"],
		["x", randomHex(32), "session"],
		["x", "dark", "other"],
		["visitor_id", randomHex(32), "other"],
		["session_lang", "en", "other"],
	] as const)("%s=%s is %s", (name, value, role) => {
		expect(classifyRole(cookie(name, value), "example.com", settings()).role).toBe(role);
	});

	test("a JWT with a subject under an unknown name is a session", () => {
		const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiIsImV4cCI6MTc2NzIyNTYwMH0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
		expect(classifyRole(cookie("api", jwt), "example.com", settings())).toMatchObject({ role: "session" });
	});
});

describe("user settings win", () => {
	test.each([
		[{ roleOverrides: [{ name: "PHPSESSID", role: "other" as const }] }, "PHPSESSID", "other"],
		[{ roleOverrides: [{ name: "_ga", role: "session" as const, site: "example.com" }] }, "_ga", "session"],
		[{ roleOverrides: [{ name: "_ga", role: "session" as const, site: "other.org" }] }, "_ga", "other"],
		[{ sessionPatterns: ["myco_*"] }, "myco_x", "session"],
		[{ sessionPatterns: ["/^k\\d+$/i"] }, "K12", "session"],
		[{ sessionPatterns: ["/[unclosed/", "(", ""] }, "prefs", "other"],
		[
			{
				roleOverrides: [
					{ name: "x*", role: "csrf" as const },
					{ name: "xy", role: "other" as const, site: "www.example.com" },
				],
			},
			"xy",
			"other",
		],
	])("%o: %s is %s", (extra, name, role) => {
		expect(classifyRole(cookie(name, "v"), "example.com", settings(extra)).role).toBe(role);
	});
});

describe("a name that only fits a framework's pattern", () => {
	const UUID = "6a2b9c1d-3e4f-4a5b-8c7d-9e0f1a2b3c4d";
	test("with a random UUID scripts can read: an other guess, not the framework's session", () => {
		expect(classifyRole(cookie("_gd_session", UUID, { httpOnly: false }), "example.com", settings())).toEqual(
			{
				role: "other",
				reason:
					"name fits a framework's pattern, but the value is a random UUID scripts can read, as the ids analytics scripts mint are",
				confidence: "guess",
			},
		);
	});

	test("with a Rails cookie-store value, or HttpOnly: the framework's session", () => {
		const rails = "bXlkYXRh--0123456789abcdef0123456789abcdef01234567";
		expect(classifyRole(cookie("_shop_session", rails), "example.com", settings())).toMatchObject({
			role: "session",
			confidence: "known",
		});
		expect(
			classifyRole(cookie("_shop_session", UUID, { httpOnly: true }), "example.com", settings()),
		).toMatchObject({ role: "session", confidence: "known" });
	});
});
