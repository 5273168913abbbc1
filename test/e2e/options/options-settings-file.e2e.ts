import { describe, expect, test } from "vitest";
import { parseSettingsFile } from "../../../src/core/settings/parse-settings-file.ts";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import type { ExtensionApi } from "../harness/extension-api.ts";
import { readPopupRules } from "../harness/pages/popup.ts";
import {
	exportFile,
	importFile,
	openOptions,
	setCookiePath,
	typeInto,
} from "../harness/pages/settings-page.ts";
import { world } from "../harness/world.ts";

const TEAM_FILE = {
	$comment: "team settings",
	sessionPatterns: ["acme_*", "/^x-tok$/i"],
	roleOverrides: [{ name: "prefs", site: "example.test", role: "other" }],
	ignore: [{ $comment: "accepted", name: "legacy", rule: "samesite-missing" }],
	maxSessionLifetimeDays: 14,
	minTokenEntropyBits: 96,
	severityOverrides: { "default-session-name": "off" },
	maskValues: false,
	badge: true,
};

const settingsOf = (text: string) => {
	const result = parseSettingsFile(text);
	if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
	return result.settings;
};

describe.each(BROWSERS)("%s: the options page's settings file", (name) => {
	const w = world(name, { api: true });

	test("an imported file is what the export gives back; an invalid one is refused naming the field, changing nothing", async () => {
		const options = await openOptions(w.browser);
		await importFile(options, JSON.stringify(TEAM_FILE));
		await options.waitForSelector("[data-imported]");
		const exported = await exportFile(options);
		expect(settingsOf(exported)).toEqual(settingsOf(JSON.stringify(TEAM_FILE)));
		expect(await w.api.request("getSettings", {})).toEqual(settingsOf(exported));

		const bad = { ...TEAM_FILE, ignore: [{ name: "a" }, { name: "b" }, { name: "/(/" }], badge: "no" };
		await importFile(options, JSON.stringify(bad), "bad.json");
		await options.waitForSelector("[data-issues]");
		const shown = await options.text("[data-issues]");
		expect(shown).toContain("ignore[2].name: invalid regular expression /(/");
		expect(shown).toContain("badge must be true or false");
		expect(settingsOf(await exportFile(options))).toEqual(settingsOf(exported));
		await options.close();
	});

	test("an ignore entry saved in the form silences the cookie in the popup and on the badge", async () => {
		await importFile(await openOptions(w.browser), "{}");
		const page = await w.browser.newPage();
		const url = w.site.url(APP_HOST, setCookiePath("sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b3e6d9c2f; Path=/"));
		await page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		const before = await readPopupRules(w.browser, tabId, "sid");
		expect(before).toContain("missing-httponly");
		const badgeBefore = await waitForBadge(w.api, tabId, (text) => Number(text) > 0);

		const options = await openOptions(w.browser);
		await options.click("[data-add=ignore]");
		await typeInto(options, '[data-path="ignore[0].name"]', "sid");
		await typeInto(options, '[data-path="ignore[0].site"]', "example.test");
		await options.click("[data-save]");
		await options.waitForSelector("[data-saved]");
		expect(await w.api.request("getSettings", {})).toMatchObject({
			ignore: [{ name: "sid", site: "example.test" }],
		});

		expect(await readPopupRules(w.browser, tabId, "sid")).toEqual([]);
		const badgeAfter = await waitForBadge(w.api, tabId, (text) => text !== badgeBefore);
		expect(Number(badgeAfter || 0)).toBeLessThan(Number(badgeBefore));
		await options.close();
		await page.close();
	});
});

async function waitForBadge(
	api: ExtensionApi,
	tabId: number,
	ok: (text: string) => boolean,
): Promise<string> {
	const deadline = Date.now() + 10_000;
	let text = "";
	while (Date.now() < deadline) {
		text = (await api.badge(tabId)).text;
		if (ok(text)) return text;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`badge stayed at "${text}"`);
}
