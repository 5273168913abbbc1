import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Report } from "../core/report.ts";
import { analyzeSample, auditCookies, auditSetCookieHeaders, formatReport } from "./index.ts";
import { expectSessionHygiene } from "./playwright.ts";

const NOW = Date.UTC(2026, 11, 1);
const LATER = 1_900_000_000;

/** The same two cookies in each tool's own shape: a weak session cookie and a well-set one. */
const SHAPES = {
	webextensions: [
		{
			name: "sessionid",
			value: "3c8e1f6a9b2d5c7e0f4a1b8d6c3e9f2a",
			domain: ".example.test",
			hostOnly: false,
			path: "/",
			secure: false,
			httpOnly: false,
			sameSite: "unspecified",
			session: false,
			expirationDate: LATER,
			storeId: "0",
		},
		{
			name: "__Host-sid",
			value: "q7Vt2LxP9mRk4WzN8cJd3HsY6bFgA1eU",
			domain: "app.example.test",
			hostOnly: true,
			path: "/",
			secure: true,
			httpOnly: true,
			sameSite: "lax",
			session: true,
			storeId: "0",
		},
	],
	playwright: [
		{
			name: "sessionid",
			value: "3c8e1f6a9b2d5c7e0f4a1b8d6c3e9f2a",
			domain: ".example.test",
			path: "/",
			expires: LATER,
			httpOnly: false,
			secure: false,
			sameSite: "None",
		},
		{
			name: "__Host-sid",
			value: "q7Vt2LxP9mRk4WzN8cJd3HsY6bFgA1eU",
			domain: "app.example.test",
			path: "/",
			expires: -1,
			httpOnly: true,
			secure: true,
			sameSite: "Lax",
		},
	],
	"puppeteer-cdp": [
		{
			name: "sessionid",
			value: "3c8e1f6a9b2d5c7e0f4a1b8d6c3e9f2a",
			domain: ".example.test",
			path: "/",
			expires: LATER,
			size: 41,
			httpOnly: false,
			secure: false,
			session: false,
			priority: "Medium",
			sourceScheme: "Secure",
		},
		{
			name: "__Host-sid",
			value: "q7Vt2LxP9mRk4WzN8cJd3HsY6bFgA1eU",
			domain: "app.example.test",
			path: "/",
			expires: -1,
			size: 46,
			httpOnly: true,
			secure: true,
			session: true,
			sameSite: "Lax",
		},
	],
	"webdriver-bidi": [
		{
			name: "sessionid",
			value: { type: "string", value: "3c8e1f6a9b2d5c7e0f4a1b8d6c3e9f2a" },
			domain: ".example.test",
			path: "/",
			size: 41,
			httpOnly: false,
			secure: false,
			sameSite: "default",
			expiry: LATER,
		},
		{
			name: "__Host-sid",
			value: { type: "base64", value: "cTdWdDJMeFA5bVJrNFd6TjhjSmQzSHNZNmJGZ0ExZVU=" },
			domain: "app.example.test",
			path: "/",
			size: 46,
			httpOnly: true,
			secure: true,
			sameSite: "lax",
		},
	],
};

const findings = (report: Report) =>
	Object.fromEntries(
		report.sites
			.flatMap((s) => s.cookies)
			.map((c) => [c.name, c.findings.map((f) => `${f.rule}:${f.severity}`).sort()]),
	);

describe("auditCookies", () => {
	test.each(Object.entries(SHAPES))("reads the %s shape", async (_, cookies) => {
		const report = await auditCookies(cookies, { now: NOW });
		const byName = findings(report);
		expect(Object.keys(byName).sort()).toEqual(["__Host-sid", "sessionid"]);
		expect(byName["__Host-sid"]).toEqual([]);
		expect(byName.sessionid).toEqual(
			expect.arrayContaining([
				"missing-secure:high",
				"missing-httponly:high",
				"broad-domain:medium",
				"prefix-missing:low",
			]),
		);
		const sessionid = report.sites.flatMap((s) => s.cookies).find((c) => c.name === "sessionid");
		expect(sessionid).toMatchObject({ domain: ".example.test", hostOnly: false, expires: LATER });
	});

	test("SameSite as each shape says it: absent in CDP and BiDi default are unspecified, Playwright's None is None", async () => {
		const sameSite = async (cookies: unknown[]) =>
			(await auditCookies(cookies, { now: NOW })).sites
				.flatMap((s) => s.cookies)
				.find((c) => c.name === "sessionid")?.sameSite;
		expect(await sameSite(SHAPES["puppeteer-cdp"])).toBe("unspecified");
		expect(await sameSite(SHAPES["webdriver-bidi"])).toBe("unspecified");
		expect(await sameSite(SHAPES.webextensions)).toBe("unspecified");
		expect(await sameSite(SHAPES.playwright)).toBe("none");
	});

	test("cookies expired at `now` are left out; the settings apply", async () => {
		const expired = { ...SHAPES.playwright[0], expires: NOW / 1000 - 1 };
		expect((await auditCookies([expired], { now: NOW })).sites).toEqual([]);
		const quiet = await auditCookies(SHAPES.playwright, {
			now: NOW,
			settings: { severityOverrides: { "missing-secure": "off" } },
		});
		expect(findings(quiet).sessionid).not.toContain("missing-secure:high");
	});

	test.each([
		[[{ name: "a" }], "cookies[0] is not a cookie of a known shape"],
		[[SHAPES.playwright[0], 42], "cookies[1] is not a cookie of a known shape"],
		[
			[{ ...SHAPES.playwright[0], sameSite: "sometimes" }],
			"cookies[0].sameSite is not a SameSite value (got sometimes)",
		],
	])("a bad cookie throws a TypeError naming it: %j", async (cookies, message) => {
		await expect(auditCookies(cookies, { now: NOW })).rejects.toThrow(message);
	});

	test("bad settings throw, naming the field", async () => {
		await expect(auditCookies([], { settings: { maxSessionLifetimeDays: "long" } })).rejects.toThrow(
			/^options\.settings: .*maxSessionLifetimeDays/,
		);
	});
});

describe("auditSetCookieHeaders", () => {
	test("stores the headers as Chromium would; what it refuses is in rejected", async () => {
		const report = await auditSetCookieHeaders(
			"https://app.example.test/login",
			["sid=3c8e1f6a9b2d5c7e0f4a1b8d6c3e9f2a; Path=/; HttpOnly", "__Host-x=1; Path=/"],
			{ now: NOW },
		);
		expect(report.source).toEqual({ kind: "headers", url: "https://app.example.test/login" });
		expect(findings(report).sid).toEqual(
			expect.arrayContaining(["missing-secure:high", "samesite-missing:medium"]),
		);
		expect(report.rejected.map((r) => r.setCookie)).toEqual(["__Host-x=1; Path=/"]);
	});

	test("a URL that is not http(s) throws", async () => {
		await expect(auditSetCookieHeaders("ftp://x.test/", ["a=1"])).rejects.toThrow(
			'auditSetCookieHeaders: "ftp://x.test/" is not an http or https URL',
		);
	});
});

describe("formatReport", () => {
	test("writes each format the CLI writes", async () => {
		const report = await auditCookies(SHAPES.playwright, { now: NOW });
		expect(JSON.parse(formatReport(report, "json")).schema).toBe("session-hygiene/report@2");
		expect(JSON.parse(formatReport(report, "sarif")).version).toBe("2.1.0");
		expect(formatReport(report, "markdown")).toContain("sessionid");
		expect(formatReport(report, "text")).toContain("missing-secure");
		expect(() => formatReport(report, "xml" as "json")).toThrow("formatReport: format must be one of");
	});
});

describe("expectSessionHygiene", () => {
	const context = (cookies: unknown[]) => ({ cookies: async () => cookies, pages: () => [] });

	test("fails with one line per finding at or above failOn", async () => {
		const error = await expectSessionHygiene(context(SHAPES.playwright), { failOn: "high", now: NOW }).catch(
			(e: Error) => e,
		);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message.split("\n")).toEqual([
			"Session Hygiene: 2 findings at or above high:",
			'  high   missing-secure  sessionid@.example.test /: Session cookie "sessionid" (domain .example.test, path /) has no Secure attribute, so it is also sent over plain http',
			'  high   missing-httponly  sessionid@.example.test /: Session cookie "sessionid" (domain .example.test, path /) has no HttpOnly attribute, so page scripts can read it',
		]);
	});

	test("passes, returning the report, when nothing reaches failOn", async () => {
		const report = await expectSessionHygiene(context([SHAPES.playwright[1]]), { failOn: "low", now: NOW });
		expect(report.sites[0]?.cookies[0]?.name).toBe("__Host-sid");
		await expect(
			expectSessionHygiene(context(SHAPES.playwright), { failOn: "none", now: NOW }),
		).resolves.toBeDefined();
	});
});

test("a session cookie set for exactly 30 days is not long-lifetime, whatever the fraction of a second", async () => {
	// Playwright's `expires` carries the fraction of the second the cookie was set in.
	const setAtMs = NOW + 500;
	const cookie = {
		name: "__Host-sid",
		value: "q7Vt2LxP9mRk4WzN8cJd3HsY6bFgA1eU",
		domain: "app.example.test",
		path: "/",
		expires: setAtMs / 1000 + 30 * 24 * 3600,
		httpOnly: true,
		secure: true,
		sameSite: "Lax",
	};
	const report = await auditCookies([cookie], { now: setAtMs });
	expect(report.sites[0]?.cookies[0]?.findings.map((f) => f.rule)).not.toContain("long-lifetime");
	const later = await auditCookies([{ ...cookie, expires: cookie.expires + 1 }], { now: setAtMs });
	expect(later.sites[0]?.cookies[0]?.findings.map((f) => f.rule)).toContain("long-lifetime");
});

describe("analyzeSample", () => {
	test("a counter is predictable, with its reason; times as Dates enable the time tests", () => {
		const values = Array.from({ length: 40 }, (_, i) => String(500_000 + i));
		const dates = values.map((_, i) => new Date(NOW + i * 1000));
		const analysis = analyzeSample(values, { dates });
		expect(analysis.verdict).toBe("predictable");
		expect(analysis.reasons[0]).toMatch(/^counter: /);
		expect(analysis.tests.map((t) => t.name)).toContain("timestamp");
		expect(analysis.skipped.map((s) => s.name)).not.toContain("timestamp, time-hash");
	});

	test("128-bit random hex ids are ok", () => {
		const values = Array.from({ length: 200 }, () => randomBytes(16).toString("hex"));
		expect(analyzeSample(values).verdict).toBe("ok");
	});

	test("bad input throws one TypeError naming it", () => {
		expect(() => analyzeSample("abc" as unknown as string[])).toThrow(
			"analyzeSample: values must be an array of strings",
		);
		expect(() => analyzeSample(["a", "b"], { dates: [1] })).toThrow("analyzeSample: 1 dates for 2 values");
		expect(() => analyzeSample(["a"], { dates: [Number.NaN] })).toThrow(
			"analyzeSample: options.dates[0] is not a valid time",
		);
	});
});
