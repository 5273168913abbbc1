/** The framework fixtures (test/fixtures/framework-cookies.json) through the whole audit: roles and key findings. */
import { describe, expect, test } from "vitest";
import type { AuditSubject } from "../audit-input.ts";
import type { CookieReport } from "../report.ts";
import { DEFAULT_SETTINGS } from "../settings/settings.ts";
import { auditSites } from "./audit-sites.ts";
import { FRAMEWORK_FIXTURES, fixtureCookie } from "./testing/framework-fixtures.ts";

const NOW = 1_767_225_600;

async function auditFixture(
	cookieName: string,
	context: string,
	pageUrl: string,
): Promise<CookieReport | undefined> {
	const fixture = FRAMEWORK_FIXTURES.find(
		(f) => f.cookieName === cookieName && f.context.startsWith(context),
	);
	if (!fixture) throw new Error(`no fixture ${cookieName}`);
	const host = pageUrl.split("/")[2]?.split(":")[0];
	const subjects: AuditSubject[] = [{ cookie: await fixtureCookie(fixture, NOW, host) }];
	return auditSites({ subjects, now: NOW, settings: DEFAULT_SETTINGS, pageUrls: [pageUrl] })[0]?.cookies[0];
}

const rulesOf = (report: CookieReport | undefined) =>
	Object.fromEntries((report?.findings ?? []).map((f) => [f.rule, f.severity]));

describe("framework defaults", () => {
	test.each([
		[
			"PHPSESSID",
			"default",
			"https://app.example.com/",
			{
				"missing-secure": "high",
				"missing-httponly": "high",
				"samesite-missing": "medium",
				"default-session-name": "info",
			},
		],
		[
			"JSESSIONID",
			"https",
			"https://app.example.com/",
			{ "samesite-missing": "medium", "prefix-missing": "low", "default-session-name": "info" },
		],
		[
			"sessionid",
			"default",
			"https://app.example.com/",
			{ "missing-secure": "high", "persistent-session": "low", "default-session-name": "info" },
		],
		[
			"csrftoken",
			"default",
			"https://app.example.com/",
			{ "missing-secure": "medium", "long-lifetime": "low" },
		],
		[
			"session",
			"default",
			"https://app.example.com/",
			{ "missing-secure": "high", "token-contains-data": "medium", "samesite-missing": "medium" },
		],
		[
			"sb-<project-ref>-auth-token",
			"default",
			"https://app.example.com/",
			{ "missing-httponly": "high", "long-lifetime": "medium", "token-contains-data": "medium" },
		],
		[
			"__Secure-next-auth.session-token",
			"https",
			"https://app.example.com/",
			{ "persistent-session": "low", "default-session-name": "info" },
		],
		["__Host-next-auth.csrf-token", "https", "https://app.example.com/", {}],
		[
			"_ga",
			"default",
			"https://app.example.com/",
			{ "missing-secure": "low", "broad-domain": "info", "missing-httponly": "info" },
		],
		[
			"__cf_bm",
			"default",
			"https://app.example.com/",
			{ "samesite-none": "info", "broad-domain": "info", "missing-httponly": undefined },
		],
		[
			"next-auth.session-token",
			"http",
			"http://localhost:3000/",
			{ "missing-secure": undefined, "insecure-origin": undefined },
		],
	] as const)("%s (%s) on %s", async (name, context, pageUrl, expected) => {
		const rules = rulesOf(await auditFixture(name, context, pageUrl));
		for (const [rule, severity] of Object.entries(expected)) expect(rules[rule], rule).toBe(severity);
	});

	test("a JWE session cookie is not called weak or data-bearing", async () => {
		const rules = rulesOf(await auditFixture("__session", "https", "https://app.example.com/"));
		expect(rules).not.toHaveProperty("weak-token");
		expect(rules).not.toHaveProperty("token-contains-data");
	});
});

test("every fixture audits with a message naming the cookie in each finding", async () => {
	const subjects = await Promise.all(
		FRAMEWORK_FIXTURES.map(async (f) => ({ cookie: await fixtureCookie(f, NOW) })),
	);
	const sites = auditSites({
		subjects,
		now: NOW,
		settings: DEFAULT_SETTINGS,
		pageUrls: ["https://app.example.com/"],
	});
	const cookies = sites.flatMap((s) => s.cookies);
	expect(cookies).toHaveLength(FRAMEWORK_FIXTURES.length);
	for (const c of cookies)
		for (const f of c.findings)
			expect(f.message).toContain(`"${c.name}" (domain ${c.domain}, path ${c.path}`);
	// JSESSIONID and SESSION appear twice (http and https variants) at different paths.
	expect(cookies.find((c) => c.name === "SESSION")?.findings.map((f) => f.rule)).toContain(
		"duplicate-session-cookie",
	);
});
