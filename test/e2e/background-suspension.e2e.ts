import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TabReport } from "../../src/messaging/protocol.ts";
import { APP_HOST, APP_SITE, type FixtureSite, startFixtureSite } from "../site/fixture-site.ts";
import type { BrowserPage, ExtensionBrowser } from "./harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "./harness/browsers.ts";
import { type ExtensionApi, openExtensionApi } from "./harness/extension-api.ts";
import { eventually } from "./harness/poll.ts";
import { echoedCookies } from "./harness/site-view.ts";

/** Firefox suspends an idle event page after this long (lowered from about 30 s in this file only). */
const IDLE_TIMEOUT_MS = 2_000;

describe.each(BROWSERS)("%s: a stopped background resumes with nothing lost", (name) => {
	let site: FixtureSite;
	let browser: ExtensionBrowser;
	let api: ExtensionApi;
	let page: BrowserPage;

	beforeAll(async () => {
		site = await startFixtureSite();
		browser = await launchBrowser(name, { backgroundIdleTimeoutMs: IDLE_TIMEOUT_MS });
		api = await openExtensionApi(browser);
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	const session = async () => api.session();
	const starts = async () => ((await session()).background as { starts: number } | undefined)?.starts ?? 0;
	const stored = async (tabId: number) =>
		((await session())[`tab:${tabId}`] as { report: TabReport } | undefined)?.report;
	const stop = async () => {
		if (!browser.stopBackground) throw new Error(`${name} cannot stop its background`);
		await browser.stopBackground();
	};

	test("report, badge, snapshot and undo survive; events wake it; a message finds the same report", async () => {
		const url = site.url(APP_HOST, "/set/spread");
		await page.goto(url);
		const tabId = await api.tabIdOf(url);
		await page.goto(site.url(APP_HOST, "/login?user=alice"));
		const { snapshotId } = await api.request("snapshotSite", { tabId, site: APP_SITE });
		const report = await api.request("getTabReport", { tabId });
		const prefs = report.sites[0]?.cookies.find((c) => c.name === "prefs");
		await api.request("clearCookies", { cookies: prefs ? [prefs] : [] });
		const before = await eventually(
			() => stored(tabId),
			(r) => r !== undefined && !r.sites[0]?.cookies.some((c) => c.name === "prefs"),
			"the report without prefs",
		);
		const badge = await eventually(
			() => api.badge(tabId),
			(b) => b.text !== "",
			"a badge",
		);
		const startsBefore = await starts();

		await stop();
		// Read while it is stopped: badge and storage.session belong to the browser, not to the background.
		expect(await api.badge(tabId)).toEqual(badge);
		expect(await stored(tabId)).toEqual(before);
		expect(await starts()).toBe(startsBefore);

		// A message wakes it: it started again, and reports the same tab the same way.
		const after = await api.request("getTabReport", { tabId });
		expect(await starts()).toBe(startsBefore + 1);
		expect(after.sites).toEqual(before?.sites);
		expect(await api.badge(tabId)).toEqual(badge);

		// The undo record and the snapshot were in storage.session: both still work.
		const undone = await api.request("undo", {});
		expect(undone.results.map((r) => [r.cookie.name, r.status])).toEqual([["prefs", "restored"]]);
		await page.goto(site.url(APP_HOST, "/logout"));
		const restored = await api.request("restoreSnapshot", { snapshotId });
		expect(restored.results.find((r) => r.cookie.name === "app_session")?.status).toBe("restored");
		expect((await echoedCookies(page, site.url(APP_HOST, "/echo"))).has("app_session")).toBe(true);
	});

	test("a cookie change while it is stopped wakes it, and the badge follows", async () => {
		const url = site.url(APP_HOST, "/set/spread");
		await page.goto(url);
		const tabId = await api.tabIdOf(url);
		const badge = await eventually(
			() => api.badge(tabId),
			(b) => b.text !== "",
			"a badge",
		);
		await eventually(
			() => stored(tabId),
			(r) => (r?.sites[0]?.cookies.length ?? 0) > 0,
			"a stored report",
		);
		const startsBefore = await starts();
		await stop();

		await page.evaluate(() => {
			// biome-ignore lint/suspicious/noDocumentCookie: the scenario is a page script setting a cookie, no navigation.
			document.cookie = "auth_token=1234; path=/";
		}, undefined);
		await eventually(
			() => stored(tabId),
			(r) => r?.sites[0]?.cookies.some((c) => c.name === "auth_token") === true,
			"the woken background's report with the new cookie",
		);
		expect(await starts()).toBe(startsBefore + 1);
		await eventually(
			() => api.badge(tabId),
			(b) => Number(b.text) > Number(badge.text),
			"a higher count",
		);
	});
});
