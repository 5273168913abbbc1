/** A hand-written report for the report builders' tests: two sites, every severity, one refused header. */
import type { CookieReport, Report } from "../report.ts";
import { buildReport } from "./build-report.ts";
import type { RuleDescriptor } from "./sarif-rule.ts";

function cookie(overrides: Partial<CookieReport> & Pick<CookieReport, "name">): CookieReport {
	return {
		domain: "app.example.com",
		hostOnly: true,
		path: "/",
		secure: true,
		httpOnly: true,
		sameSite: "lax",
		expires: null,
		partitionKey: null,
		role: "other",
		roleReason: "no session signal",
		roleConfidence: "likely",
		findings: [],
		...overrides,
	};
}

export const SAMPLE_COOKIES = {
	sid: cookie({
		name: "sid",
		secure: false,
		sameSite: "unspecified",
		role: "session",
		roleReason: 'name matches "sid"',
		findings: [
			{
				rule: "samesite-missing",
				severity: "medium",
				message: "sid has no SameSite attribute",
				fix: "Set SameSite=Lax.",
			},
			{
				rule: "missing-secure",
				severity: "high",
				message: "sid is sent over plain http",
				fix: "Add Secure.\nExpress: res.cookie('sid', v, { secure: true })",
			},
		],
	}),
	theme: cookie({ name: "theme|dark", domain: ".example.com", hostOnly: false, expires: 1_900_000_000 }),
	ga: cookie({
		name: "_ga",
		domain: ".example.com",
		hostOnly: false,
		httpOnly: false,
		roleReason: "analytics cookie of Google Analytics (Open Cookie Database)",
		roleConfidence: "known",
		knownAs: {
			platform: "Google Analytics",
			category: "analytics",
			description: "ID used to identify users",
		},
		findings: [{ rule: "missing-httponly", severity: "info", message: "_ga is readable by scripts <b>" }],
	}),
	csrf: cookie({
		name: "csrftoken",
		domain: "other.test",
		httpOnly: false,
		sameSite: "none",
		role: "csrf",
		roleReason: "framework CSRF cookie",
		findings: [{ rule: "samesite-none", severity: "medium", message: "csrftoken is sent cross-site" }],
	}),
};

export const SAMPLE_REPORT: Report = buildReport({
	version: "9.9.9",
	generatedAt: "2030-01-02T03:04:05.000Z",
	source: { kind: "url", url: "http://app.example.com/login" },
	sites: [
		{
			site: "example.com",
			score: 62,
			grade: "C",
			cookies: [SAMPLE_COOKIES.theme, SAMPLE_COOKIES.ga, SAMPLE_COOKIES.sid],
		},
		{ site: "other.test", score: 90, grade: "A", cookies: [SAMPLE_COOKIES.csrf] },
	],
	rejected: [
		{
			setCookie: "__Host-x=1; Path=/app",
			url: "https://app.example.com/",
			reason: "prefix-violation",
			message: "__Host- needs Path=/",
		},
	],
});

export const SAMPLE_RULES: RuleDescriptor[] = [
	{
		id: "missing-secure",
		title: "Missing Secure",
		description: "No Secure attribute.",
		severities: { session: "high", csrf: "medium", other: "low" },
	},
	{
		id: "missing-httponly",
		title: "Missing HttpOnly",
		description: "Readable by scripts.",
		severities: { session: "high", other: "info" },
	},
	{
		id: "samesite-missing",
		title: "SameSite missing",
		description: "No SameSite.",
		severities: { session: "medium" },
	},
	{
		id: "samesite-none",
		title: "SameSite=None",
		description: "Sent cross-site.",
		severities: { session: "medium" },
		helpUri: "https://example.org/samesite-none",
	},
	{ id: "oversized", title: "Oversized", description: "Too large.", severities: { other: "low" } },
];
