/**
 * Issue 6, "done when": a settings file exported from the extension makes the CLI report the same findings
 * as the popup for the same cookies. The browser stores the fixture site's Set-Cookie headers; the CLI's
 * main() runs in-process on the same headers with the exported file as --config.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Report, SiteReport } from "../../src/core/report.ts";
import { APP_HOST, type FixtureSite, startFixtureSite } from "../site/fixture-site.ts";
import { runCli } from "../unit/cli/cli-harness.ts";
import type { ExtensionBrowser } from "./harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "./harness/browsers.ts";
import { type ExtensionApi, openExtensionApi } from "./harness/extension-api.ts";
import { exportFile, importFile, openOptions, setCookiePath } from "./harness/settings-page.ts";

const TOKEN = "9f86d081884c7d659a2feaa0c55ad015b3c2e1f0";
const HEADERS = [
	`sid=${TOKEN}; Path=/`,
	`acme_ref=${TOKEN}b; Path=/; Secure; SameSite=None`,
	"theme=dark; Path=/",
	`remember_token=${TOKEN}c; Path=/; Domain=example.test; Secure; HttpOnly; Max-Age=7776000`,
	`__Host-session=${TOKEN}d; Path=/; Secure; HttpOnly; SameSite=Lax`,
	"csrftoken=abc123abc123abc123abc123; Path=/; Secure",
];

const TEAM_FILE = {
	sessionPatterns: ["acme_*"],
	roleOverrides: [{ name: "theme", role: "session" }],
	ignore: [{ name: "sid", rule: "missing-httponly" }],
	maxSessionLifetimeDays: 7,
	severityOverrides: { "samesite-missing": "off" },
};

/** Rule ids per cookie, keyed by name, domain and path. */
function rulesByCookie(sites: readonly SiteReport[]): Record<string, string[]> {
	return Object.fromEntries(
		sites.flatMap((s) =>
			s.cookies.map((c) => [`${c.name} ${c.domain}${c.path}`, c.findings.map((f) => f.rule).sort()]),
		),
	);
}

describe.each(BROWSERS)("%s: an exported settings file gives the CLI the popup's findings", (name) => {
	let site: FixtureSite;
	let browser: ExtensionBrowser;
	let api: ExtensionApi;

	beforeAll(async () => {
		site = await startFixtureSite();
		browser = await launchBrowser(name);
		api = await openExtensionApi(browser);
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	test("same rule ids for every cookie", async () => {
		const options = await openOptions(browser);
		await importFile(options, JSON.stringify(TEAM_FILE));
		await options.waitForSelector("[data-imported]");
		const exported = await exportFile(options);

		const url = site.url(APP_HOST, setCookiePath(...HEADERS));
		const page = await browser.newPage();
		await page.goto(url);
		const popupReport = await api.request("getTabReport", { tabId: await api.tabIdOf(url) });
		const popup = rulesByCookie(popupReport.sites);
		expect(Object.keys(popup)).toHaveLength(HEADERS.length);
		// The settings did something: the ignored and switched-off rules are absent, the pattern made a session.
		expect(popup[`sid ${APP_HOST}/`]).not.toContain("missing-httponly");
		expect(Object.values(popup).flat()).not.toContain("samesite-missing");
		expect(popupReport.sites[0]?.cookies.find((c) => c.name === "acme_ref")?.role).toBe("session");

		const args = ["audit", "--from", url, ...HEADERS.flatMap((h) => ["--set-cookie", h])];
		const cli = await runCli([...args, "--config", "exported.json", "--format", "json", "--browser", name], {
			files: { "exported.json": exported },
			now: Date.now(),
		});
		expect(cli.stderr).toBe("");
		expect(rulesByCookie((JSON.parse(cli.stdout) as Report).sites)).toEqual(popup);
		await options.close();
		await page.close();
	});
});
