/**
 * Provable privacy: while every feature of the extension is driven in a real browser, the
 * browser's whole traffic goes through a recording proxy. The extension may make no request at all:
 * nothing may leave for any host but the fixture site, and the fixture site may receive exactly the
 * page loads the test itself made. A positive control first proves both recordings would see a request
 * made by the extension's background.
 *
 * To cover a new feature, add an entry to FEATURES (options page, overview, … as they land).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
	APP_HOST,
	APP_SITE,
	FIXTURE_HOSTS,
	type FixtureSite,
	startFixtureSite,
} from "../../site/fixture-site.ts";
import type { BrowserName, BrowserPage, ExtensionBrowser } from "../harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "../harness/browsers/browsers.ts";
import { type ExtensionApi, openExtensionApi } from "../harness/extension-api.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { OVERVIEW_PATH, openOptions } from "../harness/pages/settings-page.ts";
import { type RecordingProxy, startRecordingProxy } from "./privacy-proxy.ts";

interface FeatureContext {
	browser: ExtensionBrowser;
	api: ExtensionApi;
	tabId: number;
	/** The URL of the tab the features work on. */
	tabUrl: string;
}

/** Every user-visible capability, driven as the popup or options page drives it. */
const FEATURES: readonly { name: string; run(ctx: FeatureContext): Promise<unknown> }[] = [
	{
		name: "the popup renders the tab's report",
		run: async ({ browser, tabUrl }) => (await openPopupFor(browser, tabUrl)).close(),
	},
	{ name: "getTabReport", run: ({ api, tabId }) => api.request("getTabReport", { tabId }) },
	{
		name: "exportReport in every format",
		run: async ({ api, tabId }) => {
			for (const format of ["json", "markdown", "sarif"] as const)
				await api.request("exportReport", { tabId, format });
		},
	},
	{
		name: "snapshotSite and restoreSnapshot",
		run: async ({ api, tabId }) => {
			const { snapshotId } = await api.request("snapshotSite", { tabId, site: APP_SITE });
			await api.request("restoreSnapshot", { snapshotId });
		},
	},
	{
		name: "logoutSite and undo",
		run: async ({ api, tabId }) => {
			await api.request("logoutSite", { tabId, site: APP_SITE });
			await api.request("undo", {});
		},
	},
	{
		name: "expireCookies in ten minutes",
		run: async ({ api, tabId }) => {
			const cookies = (await api.request("getTabReport", { tabId })).sites[0]?.cookies ?? [];
			await api.request("expireCookies", { cookies, at: Math.floor(Date.now() / 1000) + 600 });
		},
	},
	{
		name: "clearSite and undo",
		run: async ({ api, tabId }) => {
			await api.request("clearSite", { tabId, site: APP_SITE });
			await api.request("undo", {});
		},
	},
	{
		name: "getSettings and setSettings",
		run: async ({ api }) => api.request("setSettings", { settings: await api.request("getSettings", {}) }),
	},
	{
		name: "the options page renders and exports the settings file",
		run: async ({ browser }) => {
			const page = await openOptions(browser);
			await page.click("[data-export]");
			await page.close();
		},
	},
	{
		name: "the overview page renders every site; clearOldSessions",
		run: async ({ browser, api }) => {
			const page = await browser.openExtensionPage(OVERVIEW_PATH);
			await page.waitForSelector("[data-state=ready] table");
			await page.close();
			await api.request("getOverview", {});
			await api.request("clearOldSessions", { olderThanDays: 3650 });
		},
	},
];

const CANARY_HOST = "privacy-canary.invalid";

/**
 * Requests the browser itself makes, whatever extension is loaded; the proxy answers them 502 and the
 * test does not count them. Chromium lists the Google accounts of every profile once its network is up
 * (ListAccounts to accounts.google.com, from IdentityManager::OnNetworkInitialized), with no switch or
 * preference that stops it (--disable-background-networking, --disable-sync and signin.allowed=false do
 * not; chromiumembedded/cef#4276). Firefox's own Remote Settings polls are switched off where it is
 * launched (harness/browsers/firefox.ts), so nothing is excused there.
 */
const BROWSER_OWN_HOSTS: Record<BrowserName, readonly string[]> = {
	chromium: ["accounts.google.com"],
	firefox: [],
};
/** Browsers ask every site for its icon on a page load; that is the page's request, not the extension's. */
const isPageIcon = (path: string) => path === "/favicon.ico";

describe.each(BROWSERS)("%s: the extension makes no network request of its own", (name) => {
	let site: FixtureSite;
	let proxy: RecordingProxy;
	let browser: ExtensionBrowser;
	let api: ExtensionApi;
	let page: BrowserPage;
	/** Paths the test itself loaded, one entry per load. */
	const loads: string[] = [];
	const load = async (path: string) => {
		loads.push(path);
		await page.goto(site.url(APP_HOST, path));
	};
	const serverSaw = () => site.requests.map((r) => r.path).filter((p) => !isPageIcon(p));

	beforeAll(async () => {
		site = await startFixtureSite();
		proxy = await startRecordingProxy([...FIXTURE_HOSTS]);
		browser = await launchBrowser(name, { proxyPort: proxy.port });
		api = await openExtensionApi(browser);
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await proxy?.close();
		await site?.close();
	});

	test("control: a request from the extension's background is seen by the proxy and by the site", async () => {
		const { fetchFromBackground } = browser;
		if (!fetchFromBackground) throw new Error(`${name}: the harness cannot fetch from the background`);
		await fetchFromBackground(`https://${CANARY_HOST}/beacon`);
		await fetchFromBackground(site.url(APP_HOST, "/beacon"));
		expect(proxy.log.map((r) => r.host)).toContain(CANARY_HOST);
		expect(serverSaw()).toContain("/beacon");
		proxy.log.length = 0;
		site.requests.length = 0;
	});

	test("driving every feature sends nothing anywhere: the site sees only the test's own page loads", async () => {
		await load("/set/spread");
		await load("/login?user=alice");
		const tabUrl = site.url(APP_HOST, "/account");
		const ctx: FeatureContext = { browser, api, tabId: await api.tabIdOf(tabUrl), tabUrl };
		for (const feature of FEATURES) {
			await feature.run(ctx).catch((error: unknown) => {
				throw new Error(`${feature.name}: ${String(error)}`);
			});
			await load("/echo");
		}
		// Give a late background request (a debounced refresh, say) the time to show up.
		await new Promise((resolve) => setTimeout(resolve, 1_000));
		const known = [...FIXTURE_HOSTS, ...BROWSER_OWN_HOSTS[name]];
		const foreign = proxy.log.filter((r) => !known.includes(r.host));
		expect(foreign).toEqual([]);
		// /login redirects to /account: that hop is the page load's, not the extension's.
		expect(serverSaw().sort()).toEqual([...loads, "/account"].sort());
	});
});
