/**
 * The CLI on a file that holds a real jar judges it as the extension does. The browser visits the fixture
 * site's /set/spread with the extension installed; the jar is saved as a Playwright storage state
 * (`audit --storage-state`, Chromium) and as a Netscape cookies.txt (`audit --cookies`, both browsers),
 * and the CLI's report on the file is compared with the extension's getTabReport of the same tab. The
 * storage state comes from Playwright's own `storageState()`; Firefox runs through Puppeteer's WebDriver
 * BiDi here, which has none. The cookies.txt is written here in curl's format
 * (https://curl.se/docs/http-cookies.html) from the extension's cookies API.
 *
 * The library's `auditCookies` is compared the same way, on the extension's own cookies and (Chromium) on
 * Playwright's.
 *
 * The CLI learns that the site is on https from its Secure cookies (site-uses-https.ts), as the extension
 * does from the tab. Left out of the comparison, each for a reason the README gives ("Playwright storage
 * state", "Netscape cookies.txt"): the rules that need observed responses (missing-hsts, set-by-script,
 * session-fixation, logout-not-revoked) and the SameSite rules, which neither file can show (Playwright
 * writes a missing SameSite as Lax; a cookies.txt has no SameSite field).
 */
import { describe, expect, test } from "vitest";
import { runCli } from "../../../src/cli/testing/cli-harness.ts";
import type { Cookie } from "../../../src/core/cookie.ts";
import type { Report } from "../../../src/core/report.ts";
import { auditCookies } from "../../../src/lib/index.ts";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { eventually } from "../harness/poll.ts";
import { type World, world } from "../harness/world.ts";

const NOT_IN_A_JAR_FILE = new Set([
	"missing-hsts",
	"set-by-script",
	"session-fixation",
	"logout-not-revoked",
	"samesite-missing",
	"samesite-none",
]);

const SPREAD_NAMES = ["__Host-session", "_ga", "_gid", "csrftoken", "prefs", "remember_token", "sessionid"];

type Row = [name: string, role: string, rules: string[]];

const rowsOf = (cookies: { name: string; role: string; findings: { rule: string }[] }[]): Row[] =>
	cookies
		.map(
			(c): Row => [
				c.name,
				c.role,
				c.findings
					.map((f) => f.rule)
					.filter((r) => !NOT_IN_A_JAR_FILE.has(r))
					.sort(),
			],
		)
		.sort((a, b) => (a[0] < b[0] ? -1 : 1));

/**
 * Visits `path` (/set/spread, or the sign-in of the express-session app signed with the README's secret,
 * test/site/pages/known-secret.ts); returns the extension's rows for the site once its signature check
 * is done.
 */
async function extensionRows(w: World, path: string, names: string[]): Promise<Row[]> {
	await w.page.goto(w.site.url(APP_HOST, path));
	const tabId = await w.api.tabIdOf(w.site.url(APP_HOST, "/"));
	const report = await eventually(
		() => w.api.request("getTabReport", { tabId }),
		(r) => r.signaturesPending === undefined && r.sites.length > 0,
		"the signature check to finish",
		60_000,
	);
	const rows = rowsOf(report.sites.find((s) => s.site === "example.test")?.cookies ?? []);
	expect(rows.map(([name]) => name)).toEqual(names);
	return rows;
}

const SIGN_IN = "/known-secret/login?user=alice";
/** The spread's cookies are still in the jar from the test before. */
const SIGN_IN_NAMES = [
	"__Host-session",
	"_ga",
	"_gid",
	"connect.sid",
	"csrftoken",
	"prefs",
	"random.sid",
	"remember_token",
	"sessionid",
	"staging.sid",
];
const rulesOf = (rows: Row[], name: string) => rows.find(([n]) => n === name)?.[2] ?? [];

/** The CLI's rows for the site, audited now (to the millisecond, as the extension audited a moment ago). */
async function cliRows(args: string[], file: string, text: string): Promise<Row[]> {
	const now = new Date().toISOString();
	const run = await runCli(["audit", ...args, "--format", "json", "--now", now], { files: { [file]: text } });
	expect(run.stderr).toBe("");
	const report = JSON.parse(run.stdout) as Report;
	return rowsOf(report.sites.find((s) => s.site === "example.test")?.cookies ?? []);
}

/** One line of curl's cookies.txt for a cookie of the cookies API. */
const netscapeLine = (c: Cookie): string =>
	[
		`${c.httpOnly ? "#HttpOnly_" : ""}${c.domain}`,
		c.hostOnly ? "FALSE" : "TRUE",
		c.path,
		c.secure ? "TRUE" : "FALSE",
		c.expirationDate === undefined ? "0" : String(Math.floor(c.expirationDate)),
		c.name,
		c.value,
	].join("\t");

describe("chromium: the CLI on a Playwright storage state and the extension on the same jar", () => {
	const w = world("chromium", { api: true, page: true });

	const storageStateRows = async () => {
		if (!w.browser.storageState) throw new Error("this browser has no storage state");
		const state = await w.browser.storageState();
		return cliRows(["--storage-state", "state.json"], "state.json", JSON.stringify(state));
	};

	test("have the same cookies, roles and rule ids", async () => {
		const expected = await extensionRows(w, "/set/spread", SPREAD_NAMES);
		expect(await storageStateRows()).toEqual(expected);
	});

	test("after a sign-in, forgeable-session included", async () => {
		const expected = await extensionRows(w, SIGN_IN, SIGN_IN_NAMES);
		expect(rulesOf(expected, "connect.sid")).toContain("forgeable-session");
		expect(rulesOf(expected, "random.sid")).not.toContain("forgeable-session");
		expect(await storageStateRows()).toEqual(expected);
	});
});

describe.each(BROWSERS)("%s: the CLI on a cookies.txt and the extension on the same jar", (name) => {
	const w = world(name, { api: true, page: true });

	const cookiesTxtRows = async () => {
		const jar = (await w.api.jar()).filter((c) => c.domain.replace(/^\./, "").endsWith("example.test"));
		const text = `# Netscape HTTP Cookie File\n${jar.map(netscapeLine).join("\n")}\n`;
		return cliRows(["--cookies", "cookies.txt"], "cookies.txt", text);
	};

	test("have the same cookies, roles and rule ids", async () => {
		const expected = await extensionRows(w, "/set/spread", SPREAD_NAMES);
		expect(await cookiesTxtRows()).toEqual(expected);
	});

	test("after a sign-in, forgeable-session included", async () => {
		const expected = await extensionRows(w, SIGN_IN, SIGN_IN_NAMES);
		expect(rulesOf(expected, "connect.sid")).toContain("forgeable-session");
		expect(rulesOf(expected, "random.sid")).not.toContain("forgeable-session");
		expect(await cookiesTxtRows()).toEqual(expected);
	});
});

/**
 * Cookies of common stacks as their own documentation shows them (PHP, Java servlets with a jvmRoute
 * suffix, ASP.NET, Laravel with its XSRF-TOKEN, WordPress), CDN and load-balancer cookies (Cloudflare's
 * __cf_bm, AWS's AWSALB) and analytics ids, two of them written by the page's script.
 */
const STACK_HEADERS = [
	"PHPSESSID=k3v9q1m0b8u2t7s5r4p6o3n1l2; path=/",
	"JSESSIONID=9F2C4A7E1B3D5F6A8C0E2B4D6F8A1C3E.node1; Path=/; Secure; HttpOnly",
	"ASP.NET_SessionId=x4fq2ml5odkz0v3jw1ybn2ra; path=/; HttpOnly; SameSite=Lax",
	"laravel_session=eyJpdiI6IlF6b2J4a0J4dUl1d2Z6M2F2b2t4Nnc9PSIsInZhbHVlIjoiN2N4b0Z5dGx3a1p1In0%3D; Max-Age=7200; path=/; secure; httponly; samesite=lax",
	"XSRF-TOKEN=eyJpdiI6Ik1qUXhOekl6TkRVMk56ZzVNREV5TXc9PSIsInZhbHVlIjoiYWJjIn0%3D; Max-Age=7200; path=/; secure; samesite=lax",
	"wordpress_logged_in_5c3a1f=admin%7C1733672800%7CZx9Yk2Lm4Np6Qr8St0Uv%7C3f2a9c8e7d6b5a4f3e2d1c0b9a8f7e6d; path=/; secure; HttpOnly",
	"__cf_bm=Jq8sHk3dW2lP0aRzT5vY7nB1cX4mE6gU9iO2fK8jL3s-1733500000-1.0.1.1-AbCdEfGhIjKlMnOpQrStUvWxYz; path=/; Max-Age=1800; domain=.example.test; HttpOnly; Secure; SameSite=None",
	"AWSALB=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6; Max-Age=604800; Path=/",
	"_ga=GA1.1.1234567890.1733500000; Max-Age=63072000; Path=/; Domain=example.test",
	"_fbp=fb.1.1733500000000.1234567890; Max-Age=7776000; Path=/; Domain=.example.test; SameSite=Lax",
];
const STACK_SCRIPT_WRITES = [
	"ajs_anonymous_id=2f8c1e4a-9b3d-4c7e-8a1f-5d6b3e9c2a7f; path=/; max-age=31536000",
	"_hjSessionUser_3412=eyJpZCI6ImFiY2QtZWZnaCIsImNyZWF0ZWQiOjE3MzM1MDAwMDAwMDAsImV4aXN0aW5nIjpmYWxzZX0=; path=/; max-age=31536000",
];
const STACK_SESSIONS = [
	"ASP.NET_SessionId",
	"JSESSIONID",
	"PHPSESSID",
	"laravel_session",
	"wordpress_logged_in_5c3a1f",
];

const libraryRows = async (cookies: readonly unknown[]) =>
	rowsOf((await auditCookies(cookies)).sites.find((s) => s.site === "example.test")?.cookies ?? []);

describe.each(BROWSERS)("%s: the CLI and the library on a jar of common stacks' cookies", (name) => {
	const w = world(name, { api: true, page: true });

	test("judge it as the extension does", async () => {
		const query = (key: string, values: string[]) =>
			values.map((v) => `${key}=${encodeURIComponent(v)}`).join("&");
		await w.page.goto(w.site.url(APP_HOST, `/set?${query("h", STACK_HEADERS)}`));
		await w.page.goto(w.site.url(APP_HOST, `/script-cookie?${query("c", STACK_SCRIPT_WRITES)}`));
		const tabId = await w.api.tabIdOf(w.site.url(APP_HOST, "/"));
		const report = await eventually(
			() => w.api.request("getTabReport", { tabId }),
			(r) => r.signaturesPending === undefined && (r.sites[0]?.cookies.length ?? 0) === 12,
			"the twelve cookies in the report",
			60_000,
		);
		const expected = rowsOf(report.sites.find((s) => s.site === "example.test")?.cookies ?? []);
		expect(expected.filter(([, role]) => role === "session").map(([n]) => n)).toEqual(STACK_SESSIONS);
		expect(rulesOf(expected, "PHPSESSID")).toEqual([
			"default-session-name",
			"missing-httponly",
			"missing-secure",
			"prefix-missing",
		]);

		const jar = (await w.api.jar()).filter((c) => c.domain.replace(/^\./, "").endsWith("example.test"));
		const text = `# Netscape HTTP Cookie File\n${jar.map(netscapeLine).join("\n")}\n`;
		expect(await cliRows(["--cookies", "cookies.txt"], "cookies.txt", text)).toEqual(expected);
		expect(await libraryRows(jar)).toEqual(expected);
		if (w.browser.storageState) {
			const state = (await w.browser.storageState()) as { cookies: unknown[] };
			expect(await cliRows(["--storage-state", "state.json"], "state.json", JSON.stringify(state))).toEqual(
				expected,
			);
			expect(await libraryRows(state.cookies)).toEqual(expected);
		}
	});
});
