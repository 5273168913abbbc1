import { describe, expect, test } from "vitest";
import type { TabReport } from "../../src/core/tab-report.ts";
import { APP_HOST, APP_SITE } from "../site/fixture-site.ts";
import { BROWSERS } from "./harness/browsers.ts";
import { eventually } from "./harness/poll.ts";
import { world } from "./harness/world.ts";

const highOrMedium = (report: TabReport | undefined) =>
	(report?.sites ?? [])
		.flatMap((s) => s.cookies)
		.flatMap((c) => c.findings)
		.filter((f) => f.severity === "high" || f.severity === "medium").length;

describe.each(BROWSERS)("%s: live per-tab reports and the badge", (name) => {
	const w = world(name, { api: true, page: true });

	/** What the background remembers of the tab in storage.session (the sites it shows), not a report. */
	const storedRecord = async (tabId: number) => (await w.api.session())[`tab:${tabId}`];

	test("a visited page gets a badge counting its high and medium findings, without anyone asking", async () => {
		const url = w.site.url(APP_HOST, "/set/spread");
		await w.page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		const badge = await eventually(
			() => w.api.badge(tabId),
			(b) => / in this tab's 7 cookies /.test(b.title),
			"a badge for the page's 7 cookies",
		);
		expect(await storedRecord(tabId)).toMatchObject({ tabId, frameSites: [APP_SITE] });
		expect(badge.text).toBe(String(highOrMedium(await w.api.request("getTabReport", { tabId }))));
		expect(badge.title).toMatch(/high or medium findings in this tab's 7 cookies/);
		expect(badge.color.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]);
	});

	test("a cookie set by the page's script updates report and badge", async () => {
		const url = w.site.url(APP_HOST, "/set/spread");
		await w.page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		const first = await eventually(
			() => w.api.badge(tabId),
			(b) => / in this tab's 7 cookies /.test(b.title),
			"7 cookies",
		);
		await w.page.evaluate(() => {
			// biome-ignore lint/suspicious/noDocumentCookie: the scenario is a page script setting a cookie, no navigation.
			document.cookie = "auth_token=1234; path=/";
		}, undefined);
		// Nobody asks for a report: the background refreshes the tab on the cookie change by itself.
		const updated = await eventually(
			() => w.api.badge(tabId),
			(b) => / in this tab's 8 cookies /.test(b.title),
			"the badge counting the new cookie",
		);
		expect(Number(updated.text)).toBeGreaterThan(Number(first.text));
		const report = await w.api.request("getTabReport", { tabId });
		expect(report.sites[0]?.cookies.some((c) => c.name === "auth_token")).toBe(true);
		expect(updated.text).toBe(String(highOrMedium(report)));
	});

	test("navigating to a page without cookies empties the badge", async () => {
		const url = w.site.url(APP_HOST, "/set/spread");
		await w.page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		await eventually(
			() => w.api.badge(tabId),
			(b) => b.text !== "",
			"a badge",
		);
		await w.page.goto("about:blank");
		await eventually(
			() => w.api.badge(tabId),
			(b) => b.text === "",
			"an empty badge",
		);
	});

	test("turning the badge off in settings empties it, turning it on brings it back", async () => {
		const url = w.site.url(APP_HOST, "/set/spread");
		await w.page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		const shown = await eventually(
			() => w.api.badge(tabId),
			(b) => b.text !== "",
			"a badge",
		);
		const settings = await w.api.request("getSettings", {});
		await w.api.request("setSettings", { settings: { ...settings, badge: false } });
		await eventually(
			() => w.api.badge(tabId),
			(b) => b.text === "",
			"an empty badge",
		);
		await w.api.request("setSettings", { settings });
		await eventually(
			() => w.api.badge(tabId),
			(b) => b.text === shown.text,
			"the badge back",
		);
	});
});
