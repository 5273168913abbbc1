/**
 * A settings file exported from the extension makes the CLI report the same findings
 * as the popup for the same cookies. The browser stores the fixture site's Set-Cookie headers; the CLI's
 * main() runs in-process on the same headers with the exported file as --config.
 */
import { describe, expect, test } from "vitest";
import { runCli } from "../../../src/cli/testing/cli-harness.ts";
import type { Report, SiteReport } from "../../../src/core/report.ts";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { exportFile, importFile, openOptions, setCookiePath } from "../harness/pages/settings-page.ts";
import { world } from "../harness/world.ts";

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

/** Rules that need observed responses, which `--set-cookie` input does not have. */
const NEEDS_RESPONSES = new Set(["missing-hsts", "set-by-script"]);

/** Rule ids per cookie, keyed by name, domain and path. */
function rulesByCookie(sites: readonly SiteReport[]): Record<string, string[]> {
	return Object.fromEntries(
		sites.flatMap((s) =>
			s.cookies.map((c) => [`${c.name} ${c.domain}${c.path}`, c.findings.map((f) => f.rule).sort()]),
		),
	);
}

describe.each(BROWSERS)("%s: an exported settings file gives the CLI the popup's findings", (name) => {
	const w = world(name, { api: true });

	test("same rule ids for every cookie", async () => {
		const options = await openOptions(w.browser);
		await importFile(options, JSON.stringify(TEAM_FILE));
		await options.waitForSelector("[data-imported]");
		const exported = await exportFile(options);

		const url = w.site.url(APP_HOST, setCookiePath(...HEADERS));
		const page = await w.browser.newPage();
		await page.goto(url);
		const popupReport = await w.api.request("getTabReport", { tabId: await w.api.tabIdOf(url) });
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
		// Literal headers carry no response: the rules that need one (README, "Rules") are the extension's
		// alone here. It observed the fixture's https response, which sends no Strict-Transport-Security.
		expect(popup[`sid ${APP_HOST}/`]).toContain("missing-hsts");
		const withoutObserved = Object.fromEntries(
			Object.entries(popup).map(([cookie, rules]) => [cookie, rules.filter((r) => !NEEDS_RESPONSES.has(r))]),
		);
		expect(rulesByCookie((JSON.parse(cli.stdout) as Report).sites)).toEqual(withoutObserved);
		await options.close();
		await page.close();
	});
});
