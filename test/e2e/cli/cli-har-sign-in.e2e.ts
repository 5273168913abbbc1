/**
 * The CLI finds session fixation in a sign-in recorded by a real browser: Chromium signs in to each of
 * the fixture site's flows (docs/testing.md, "The fixture site") while Playwright records a HAR
 * (`recordHar`, with bodies embedded: docs/testing.md, "Recording HARs"), and `audit --har` reads it.
 * The twin apps (test/site/pages/apps/) too: each stack done right and wrong, where the CLI also reads the
 * recorded answer's body (a 200 welcome page, a JSON `{ok:false}`: src/core/sign-in/answer-body.ts).
 * Chromium only: Playwright records HARs, and it drives Firefox only in its own patched build.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../../../src/cli/testing/cli-harness.ts";
import type { ReportJson } from "../../../src/core/report.ts";
import {
	APP_HOST,
	type FixtureSite,
	HOST_RESOLVER_RULES,
	startFixtureSite,
} from "../../site/fixture-site.ts";
import { appRoot, SHAPES, type Stack } from "../../site/pages/apps/app-kinds.ts";
import type { Flow } from "../../site/pages/flows/flow.ts";
import { executablePath } from "../harness/browsers/executables.ts";

let site: FixtureSite;
let browser: Browser;
let dir: string;

beforeAll(async () => {
	site = await startFixtureSite();
	dir = await mkdtemp(join(tmpdir(), "har-sign-in-"));
	// The arguments of docs/testing.md, "Chromium harness", without the extension: the CLI is what is tested.
	browser = await chromium.launch({
		executablePath: executablePath("chromium"),
		headless: true,
		args: [
			"--no-sandbox",
			"--disable-gpu",
			"--disable-quic",
			"--no-first-run",
			"--disable-background-networking",
			"--disable-component-update",
			"--disable-sync",
			`--host-resolver-rules=${HOST_RESOLVER_RULES}`,
			"--ignore-certificate-errors",
		],
	});
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
	if (dir) await rm(dir, { recursive: true, force: true });
});

/** Signs in through the flow's login page as a person would, and returns the HAR Chromium recorded. */
async function recordSignIn(flow: Flow, password = "correct-horse"): Promise<string> {
	const path = join(dir, `${flow}-${password}.har`);
	const context = await browser.newContext({
		ignoreHTTPSErrors: true,
		recordHar: { path, content: "embed" },
	});
	const page = await context.newPage();
	await page.goto(site.url(APP_HOST, `/flows/${flow}/login`));
	await page.fill('input[name="password"]', password);
	await page.click('button[type="submit"]');
	if (password === "wrong")
		await page.waitForFunction(() => document.querySelector("#error")?.textContent !== "");
	else
		await page.waitForFunction(() => document.querySelector("#status")?.textContent === "Signed in as alice");
	// The HAR is written when the context closes.
	await context.close();
	return path;
}

async function audit(har: string, ...options: string[]) {
	const run = await runCli(["audit", "--har", har, "--format", "json", ...options]);
	const report = JSON.parse(run.stdout) as ReportJson;
	const findings = report.sites.flatMap((s) =>
		s.cookies.flatMap((c) => c.findings.map((f) => ({ cookie: c.name, rule: f.rule, severity: f.severity }))),
	);
	return {
		code: run.code,
		cookies: report.sites.flatMap((s) => s.cookies.map((c) => c.name)).sort(),
		fixation: findings.filter((f) => f.rule === "session-fixation"),
	};
}

describe("audit --har on a sign-in Chromium recorded", () => {
	test.each(["keep", "json-keep"] as const)("%s: session-fixation, high, on sid only", async (flow) => {
		const result = await audit(await recordSignIn(flow));
		expect(result.cookies).toEqual(["_ga", "csrftoken", "sid"]);
		expect(result.fixation).toEqual([{ cookie: "sid", rule: "session-fixation", severity: "high" }]);
	});

	test.each(["renew", "json-renew", "first"] as const)("%s: no session-fixation", async (flow) => {
		const result = await audit(await recordSignIn(flow));
		expect(result.cookies).toEqual(["_ga", "csrftoken", "sid"]);
		expect(result.fixation).toEqual([]);
	});

	test.each(["keep", "json-keep"] as const)(
		"%s with the wrong password: no sign-in, no session-fixation",
		async (flow) => {
			const result = await audit(await recordSignIn(flow, "wrong"));
			expect(result.cookies).toEqual(["_ga", "csrftoken", "sid"]);
			expect(result.fixation).toEqual([]);
		},
	);

	test("--fail-on high exits 1 for a kept sid and 0 for a renewed one", async () => {
		expect((await audit(await recordSignIn("keep"), "--fail-on", "high")).code).toBe(1);
		expect((await audit(await recordSignIn("renew"), "--fail-on", "high")).code).toBe(0);
	});
});

/** What each stack's page says once signed in (test/site/pages/apps/app-pages.ts). */
const TWIN_SIGNED_IN: Record<string, string> = {
	express: "Signed in as alice",
	django: "Signed in as alice",
	php: "Welcome, alice",
	spa: "Signed in as alice",
};

/** Signs in to a twin app (or fails to, with `wrong`) while Chromium records a HAR; returns its path. */
async function recordTwinSignIn(app: string, wrong = false): Promise<string> {
	const stack = (app.split("-")[0] ?? "") as Stack;
	const path = join(dir, `${app}-${wrong ? "wrong" : "right"}.har`);
	const context = await browser.newContext({
		ignoreHTTPSErrors: true,
		recordHar: { path, content: "embed" },
	});
	const page = await context.newPage();
	// Without `next`, a Django-style sign-in lands on its home page too (app-pages.ts).
	await page.goto(site.url(APP_HOST, `${appRoot(app)}${SHAPES[stack].login}`));
	if (wrong) await page.fill("input[type=password]", "wrong");
	const answered = page.waitForResponse((r) => r.request().method() === "POST");
	await page.click("button[type=submit]");
	await answered;
	if (wrong) await page.waitForLoadState("load");
	else
		await page.waitForFunction(
			(text) => document.querySelector("#status")?.textContent === text,
			TWIN_SIGNED_IN[stack] ?? "",
		);
	await context.close();
	return path;
}

describe("audit --har on the twin apps' sign-ins Chromium recorded", () => {
	test.each([
		["express-keep", ["connect.sid high"]],
		["express-regenerate", []],
		["django-keep", ["sessionid high"]],
		["django-cycle", []],
		["php-keep", ["PHPSESSID high"]],
		["php-regenerate", []],
		["spa-keep", ["session high"]],
		["spa-rotate", []],
	])("%s: session-fixation %j", async (app, expected) => {
		const result = await audit(await recordTwinSignIn(app));
		expect(result.fixation.map((f) => `${f.cookie} ${f.severity}`)).toEqual(expected);
	});

	test.each(["express-keep", "django-keep", "php-keep", "spa-keep"])(
		"%s with the wrong password: the kept id is no finding, there was no sign-in",
		async (app) => {
			const result = await audit(await recordTwinSignIn(app, true));
			expect(result.fixation).toEqual([]);
		},
	);
});
