/**
 * Settings an administrator pushes by policy (`storage.managed`, docs/managed-settings.md) in real
 * Firefox, provided the way Firefox reads them: a managed-storage manifest (harness/browsers/managed-storage.ts).
 * Chromium reads extension policy only from system-wide files (/etc/chromium/policies/managed), which a
 * test must not write; for Chromium only the merge (applyManaged, src/core/settings/validate-settings.test.ts)
 * is tested, and the README says so.
 */
import { describe, expect, test } from "vitest";
import { APP_HOST } from "../../site/fixture-site.ts";
import { openPopupFor, readPopupRules } from "../harness/pages/popup.ts";
import { importFile, openOptions, setCookiePath } from "../harness/pages/settings-page.ts";
import { world } from "../harness/world.ts";

/**
 * Two valid values, one a policy typo got wrong and a pattern that cannot run in linear time: those two
 * must be ignored and named.
 */
const POLICY = {
	maxSessionLifetimeDays: 3,
	ignore: [{ name: "legacy" }],
	badge: "no",
	sessionPatterns: ["/(s)\\1id/"],
};
const DAY = 86_400;

describe("firefox: settings an administrator pushes by policy", () => {
	const w = world("firefox", { api: true, launch: { managedSettings: POLICY } });

	test("win over the user's own, are shown locked, and an invalid one is ignored and named", async () => {
		const options = await openOptions(w.browser);
		await importFile(options, JSON.stringify({ maxSessionLifetimeDays: 60, ignore: [], badge: false }));
		await options.waitForSelector("[data-imported]");
		expect(await w.api.request("getSettings", {})).toMatchObject({
			maxSessionLifetimeDays: 3,
			ignore: [{ name: "legacy" }],
			badge: false,
		});
		await options.close();

		// Opened again, the page shows what is in effect.
		const reopened = await openOptions(w.browser);
		const sections = await reopened.evaluate(
			(selector) =>
				[...document.querySelectorAll<HTMLFieldSetElement>(selector)].map((f) => ({
					name: f.dataset.setting,
					locked: f.disabled && f.dataset.locked !== undefined,
				})),
			"fieldset[data-setting]",
		);
		const locked = sections.filter((s) => s.locked).map((s) => s.name);
		expect(locked.sort()).toEqual(["ignore", "maxSessionLifetimeDays"]);
		const days = await reopened.evaluate(
			(selector) => document.querySelector<HTMLInputElement>(selector)?.value,
			'input[data-path="maxSessionLifetimeDays"]',
		);
		expect(days).toBe("3");
		const issues = await reopened.text("[data-issues]");
		expect(issues).toContain("badge must be true or false");
		expect(issues).toContain(
			"sessionPatterns[0]: /(s)\\1id/ uses a backreference, which Session Hygiene does not run: name patterns must run in linear time",
		);
		await reopened.close();
	});

	test("every audit uses them: the policy's lifetime limit and ignore list decide the popup's findings", async () => {
		const page = await w.browser.newPage();
		const url = w.site.url(
			APP_HOST,
			setCookiePath(
				`sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b3e6d9c2f; Path=/; Max-Age=${5 * DAY}`,
				"legacy=7c4f1a8b3e6d9c2f3f9c2a7b8e1d4c6f0a5b9e2d; Path=/",
			),
		);
		await page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		expect(await readPopupRules(w.browser, tabId, "sid")).toContain("long-lifetime");
		expect(await readPopupRules(w.browser, tabId, "legacy")).toEqual([]);
		await page.close();
	});
});

describe("firefox: the first popup after the browser starts", () => {
	// A fresh browser and no API page: the popup is the first page to ask for a report.
	const w = world("firefox", { launch: { managedSettings: POLICY } });

	test("has the policy applied: the ignore list and the lifetime limit decide its rows", async () => {
		const page = await w.browser.newPage();
		const url = w.site.url(
			APP_HOST,
			setCookiePath(
				`sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b3e6d9c2f; Path=/; Max-Age=${5 * DAY}`,
				"legacy=7c4f1a8b3e6d9c2f3f9c2a7b8e1d4c6f0a5b9e2d; Path=/",
			),
		);
		await page.goto(url);
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/set"));
		// The policy's ignore list and lifetime limit decide the rows, as soon as the policy is in.
		await popup.waitForFunction(
			() =>
				document.querySelector('li.cookie[data-cookie="sid"] [data-rule="long-lifetime"]') !== null &&
				document.querySelectorAll('li.cookie[data-cookie="legacy"] [data-rule]').length === 0,
			undefined,
		);
		await popup.close();
		await page.close();
	});
});
