/**
 * `session-hygiene/playwright` as a team's Playwright test uses it: a plain Playwright Chromium context
 * (no extension) browses the fixture site, and `expectSessionHygiene(context)` from the built package
 * entry (dist/cli/playwright.mjs, what `exports["./playwright"]` names) audits `context.cookies()`.
 * Chromium only: Playwright drives Firefox only in its own patched build
 * (https://playwright.dev/docs/browsers#firefox), not the Debian firefox-esr the tests use; the helper
 * reads a Playwright context's cookies the same way in any browser.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, beforeEach, expect, test } from "vitest";
import type * as Helper from "../../../src/lib/playwright.ts";
import {
	APP_HOST,
	type FixtureSite,
	HOST_RESOLVER_RULES,
	startFixtureSite,
} from "../../site/fixture-site.ts";
import { executablePath } from "../harness/browsers/executables.ts";

const ENTRY = pathToFileURL(resolve("dist/cli/playwright.mjs")).href;

let site: FixtureSite;
let browser: Browser;
let context: BrowserContext;
let helper: typeof Helper;

beforeAll(async () => {
	helper = (await import(ENTRY)) as typeof Helper;
	site = await startFixtureSite();
	browser = await chromium.launch({
		executablePath: executablePath("chromium"),
		args: ["--no-sandbox", `--host-resolver-rules=${HOST_RESOLVER_RULES}`, "--ignore-certificate-errors"],
	});
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

beforeEach(async () => {
	await context?.close();
	context = await browser.newContext({ ignoreHTTPSErrors: true });
});

test("a jar with insecure session cookies fails the test, one line per finding at or above high", async () => {
	const page = await context.newPage();
	await page.goto(site.url(APP_HOST, "/set/spread"));
	// From the rules' severity table (README, "Rules"): sessionid lacks Secure and HttpOnly, remember_token
	// lacks Secure; everything else on /set/spread is medium or lower.
	const error = await helper.expectSessionHygiene(context).then(
		() => undefined,
		(e: unknown) => e as Error,
	);
	expect(error?.message.split("\n")[0]).toBe("Session Hygiene: 3 findings at or above high:");
	const lines = error?.message.split("\n").slice(1) ?? [];
	expect(lines.map((l) => l.trim().split(/\s+/).slice(0, 3).join(" "))).toEqual([
		"high missing-secure sessionid@app.example.test",
		"high missing-httponly sessionid@app.example.test",
		"high missing-secure remember_token@.example.test",
	]);
});

test("failOn medium counts the medium findings too; failOn none returns the report", async () => {
	const page = await context.newPage();
	await page.goto(site.url(APP_HOST, "/set/spread"));
	await expect(helper.expectSessionHygiene(context, { failOn: "medium" })).rejects.toThrow(
		/^Session Hygiene: 5 findings at or above medium:\n(.*\n){4}.*$/,
	);
	const report = await helper.expectSessionHygiene(context, { failOn: "none" });
	expect(report.sites.map((s) => s.site)).toEqual(["example.test"]);
	expect(report.sites[0]?.cookies.map((c) => c.name).sort()).toEqual([
		"__Host-session",
		"_ga",
		"_gid",
		"csrftoken",
		"prefs",
		"remember_token",
		"sessionid",
	]);
});

test("a well-protected session passes and the report says so", async () => {
	const page = await context.newPage();
	const good = "__Host-sid=Zq3v9TnX1cK7pR2mW8yB4hL6sD0fG5jA; Path=/; Secure; HttpOnly; SameSite=Lax";
	// Set on a redirect to /: a value left in the page's URL would be session-in-url, high.
	await page.goto(site.url(APP_HOST, `/redirect?to=/&h=${encodeURIComponent(good)}`));
	expect(page.url()).toBe(site.url(APP_HOST, "/"));
	const report = await helper.expectSessionHygiene(context, { failOn: "medium" });
	const sid = report.sites[0]?.cookies.find((c) => c.name === "__Host-sid");
	expect(sid?.role).toBe("session");
	expect(sid?.findings.filter((f) => f.severity === "high" || f.severity === "medium")).toEqual([]);
});

test("the README's example: sign in on the demo site's form, and the session passes at medium", async () => {
	const page = await context.newPage();
	await page.goto(site.url(APP_HOST, "/login"));
	await page.getByRole("button", { name: "Sign in" }).click();
	// The server got the session cookie back on /account: the sign-in took.
	expect(await page.locator("#status").textContent()).toBe("Signed in as alice");
	const report = await helper.expectSessionHygiene(context, { failOn: "medium" });
	const session = report.sites[0]?.cookies.find((c) => c.name === "app_session");
	expect(session?.role).toBe("session");
	// Secure, HttpOnly and SameSite=Lax; only the __Host- prefix is missing (low).
	expect(session?.findings.map((f) => [f.rule, f.severity])).toEqual([["prefix-missing", "low"]]);
});
