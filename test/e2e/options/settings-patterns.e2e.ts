/**
 * Name patterns that backtrack catastrophically as JavaScript RegExps, against cookie names a site chose
 * to trigger it: the popup still answers at once with the roles and ignores the patterns decide (they run
 * in linear time, src/core/roles/name-pattern.ts), and a pattern that cannot run in linear time is refused
 * on the options page and by the background with a sentence that says why.
 */
import { describe, expect, test } from "vitest";
import { TWELVE_STAR_GLOB } from "../../../src/core/roles/testing/adversarial-names.ts";
import { APP_HOST } from "../../site/fixture-site.ts";
import type { BrowserPage } from "../harness/browser-page.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { expandAll, POPUP_PATH, waitForAllRows } from "../harness/pages/popup.ts";
import { importFile, openOptions, setCookiePath } from "../harness/pages/settings-page.ts";
import { world } from "../harness/world.ts";

const PATTERNS = {
	sessionPatterns: ["/(a|aa)+$/", TWELVE_STAR_GLOB, "/^(\\w+\\s?)*$/"],
	ignore: [{ name: "/(a+)+$/" }, { name: "*_*_*_sid" }],
};
/** Matches the twelve-star glob, after `/(a|aa)+$/` and the ignored `/(a+)+$/` fail on it. */
const GLOB_SESSION = `${"a".repeat(3999)}b`;
/** Matched by `*_*_*_sid`, so its findings are ignored. */
const IGNORED = `${"_".repeat(3996)}_sid`;
/** Fails every pattern, each the slow way for a backtracking engine. */
const NO_MATCH = `${"a".repeat(3999)}!`;
const NOT_LINEAR = "which Session Hygiene does not run: name patterns must run in linear time";

interface ShownRow {
	role: string;
	why: string;
	rules: string[];
}

/** Each long-named row's role, the reason shown when expanded, and its findings' rule ids. */
function readRows(popup: BrowserPage, names: string[]): Promise<Record<string, ShownRow>> {
	return popup.evaluate(async (wanted) => {
		const rows = [...document.querySelectorAll<HTMLElement>("li.cookie")];
		const shown: Record<string, { role: string; why: string; rules: string[] }> = {};
		for (const name of wanted) {
			const row = rows.find((r) => r.dataset.cookie === name);
			if (!row) continue;
			row.querySelector<HTMLButtonElement>(".cookie-toggle")?.click();
			await new Promise((r) => setTimeout(r, 50));
			shown[name] = {
				role: row.dataset.role ?? "",
				why: row.querySelector(".role-why")?.textContent ?? "",
				rules: [...row.querySelectorAll<HTMLElement>("[data-rule]")].map((el) => el.dataset.rule ?? ""),
			};
		}
		return shown;
	}, names);
}

describe.each(BROWSERS)("%s: name patterns run in linear time", (name) => {
	const w = world(name, { api: true });

	test("catastrophic patterns decide roles and ignores of 4,000-character names, and the popup answers at once", async () => {
		const options = await openOptions(w.browser);
		await importFile(options, JSON.stringify(PATTERNS));
		await options.waitForSelector("[data-imported]");
		await options.close();
		expect(await w.api.request("getSettings", {})).toMatchObject(PATTERNS);

		const page = await w.browser.newPage();
		// One cookie per visit: three 4,000-character headers in one URL would pass Node's 16 KiB header limit.
		for (const cookie of [GLOB_SESSION, IGNORED, NO_MATCH]) {
			await page.goto(w.site.url(APP_HOST, setCookiePath(`${cookie}=1; Path=/`)));
		}
		await page.goto(w.site.url(APP_HOST, "/echo"));
		const echoed = JSON.parse(await page.text("body")) as { cookie: string | null };
		const sent = (echoed.cookie ?? "").split("; ").map((pair) => pair.split("=")[0]);
		expect(sent).toEqual(expect.arrayContaining([GLOB_SESSION, IGNORED, NO_MATCH]));

		const tabId = await w.api.tabIdOf(w.site.url(APP_HOST, "/echo"));
		const start = Date.now();
		const popup = await w.browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`);
		await popup.waitForSelector("[data-state]:not([data-state=loading])");
		// Backtracking, the first of these names kept a Chromium worker busy for longer than any test runs.
		expect(Date.now() - start).toBeLessThan(5000);
		await expandAll(popup);
		await waitForAllRows(popup);

		const rows = await readRows(popup, [GLOB_SESSION, IGNORED, NO_MATCH]);
		expect(rows[GLOB_SESSION]?.role).toBe("session");
		expect(rows[GLOB_SESSION]?.why).toContain(`matches your session pattern "${TWELVE_STAR_GLOB}"`);
		expect(rows[GLOB_SESSION]?.rules.length).toBeGreaterThan(0);
		expect(rows[IGNORED]?.rules).toEqual([]);
		expect(Object.keys(rows).length).toBe(3);
		expect(rows[NO_MATCH]?.why).not.toContain("your session pattern");
		expect(rows[NO_MATCH]?.rules.length).toBeGreaterThan(0);
		await popup.close();
		await page.close();
	});

	test("a backreference is refused on the options page and by the background, naming the field and why", async () => {
		const before = await w.api.request("getSettings", {});
		const options = await openOptions(w.browser);
		const file = { ignore: [{ name: "a" }, { name: "b" }, { name: "/(a)\\1/" }] };
		await importFile(options, JSON.stringify(file), "backreference.json");
		await options.waitForSelector("[data-issues]");
		expect(await options.text("[data-issues]")).toContain(
			`ignore[2].name: /(a)\\1/ uses a backreference, ${NOT_LINEAR}`,
		);
		await options.close();

		const reply = await w.api.send("setSettings", {
			settings: { ...before, sessionPatterns: ["/^(?!tmp_)/"] },
		});
		expect(reply).toEqual({
			ok: false,
			error: `These settings were not saved: sessionPatterns[0]: /^(?!tmp_)/ uses a lookahead, ${NOT_LINEAR}`,
		});
		expect(await w.api.request("getSettings", {})).toEqual(before);
	});

	test("settings saved by an earlier version with a pattern now refused keep the rest, and the options page names what is left out", async () => {
		// As an earlier version stored them: one storage.sync record; the lookahead is refused now.
		await w.api.page.evaluate(async () => {
			type Sync = { storage: { sync: { set(items: object): Promise<void> } } };
			const g = globalThis as unknown as { browser?: Sync; chrome: Sync };
			await (g.browser ?? g.chrome).storage.sync.set({
				settings: { maxSessionLifetimeDays: 9, ignore: [{ name: "/^(?!tmp_)/" }, { name: "_ga*" }] },
			});
		}, undefined);
		const settings = await w.api.request("getSettings", {});
		expect(settings.maxSessionLifetimeDays).toBe(9);
		expect(settings.ignore).toEqual([{ name: "_ga*" }]);
		const options = await openOptions(w.browser);
		await options.waitForSelector("[data-issues]");
		const shown = await options.text("[data-issues]");
		expect(shown).toContain("These saved values are not accepted by this version and are not used");
		expect(shown).toContain(`ignore[0].name: /^(?!tmp_)/ uses a lookahead, ${NOT_LINEAR}`);
		await options.close();
	});
});
