/**
 * Private windows in both browsers: the same site signed in as alice in a normal window and as bob in a
 * private one. The extension must report, and act on, the private window's own cookie jar only.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TabReport } from "../../../src/core/tab-report.ts";
import { APP_HOST, APP_SITE, type FixtureSite, startFixtureSite } from "../../site/fixture-site.ts";
import type { BrowserName, BrowserPage, ExtensionBrowser } from "../harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "../harness/browsers/browsers.ts";
import { type ExtensionApi, openExtensionApi } from "../harness/extension-api.ts";
import { POPUP_PATH } from "../harness/pages/popup.ts";
import { OVERVIEW_PATH } from "../harness/pages/settings-page.ts";
import { accountStatus } from "../harness/pages/site-view.ts";

/**
 * Cookie store ids: Chrome's regular store is "0" and its incognito store "1"
 * (https://developer.chrome.com/docs/extensions/reference/api/cookies#type-CookieStore); Firefox's are
 * "firefox-default" and "firefox-private" (MDN cookies.CookieStore).
 */
const STORES: Record<BrowserName, { normal: string; private: string }> = {
	chromium: { normal: "0", private: "1" },
	firefox: { normal: "firefox-default", private: "firefox-private" },
};

interface World {
	site: FixtureSite;
	browser: ExtensionBrowser;
	privateWindow: ExtensionBrowser;
	/** Extension pages in the normal and in the private window. */
	api: ExtensionApi;
	privateApi: ExtensionApi;
	/** The fixture site's /account, signed in as alice (normal window) and as bob (private window). */
	page: BrowserPage;
	privatePage: BrowserPage;
	accountUrl: string;
}

function world(name: BrowserName): World {
	const w = {} as World;
	beforeAll(async () => {
		w.site = await startFixtureSite();
		w.browser = await launchBrowser(name, { allowPrivateWindows: true });
		if (!w.browser.openPrivateWindow) throw new Error(`the ${name} harness cannot open private windows`);
		w.privateWindow = await w.browser.openPrivateWindow();
		w.api = await openExtensionApi(w.browser);
		w.privateApi = await openExtensionApi(w.privateWindow);
		w.accountUrl = w.site.url(APP_HOST, "/account");
		w.page = await w.browser.newPage();
		await w.page.goto(w.site.url(APP_HOST, "/login?user=alice"));
		w.privatePage = await w.privateWindow.newPage();
		await w.privatePage.goto(w.site.url(APP_HOST, "/login?user=bob"));
	});
	afterAll(async () => {
		await w.browser?.close();
		await w.site?.close();
	});
	return w;
}

/** The id of the tab at /account in a private window or not, as the extension page `api` sees tabs. */
async function accountTabId(api: ExtensionApi, accountUrl: string, incognito: boolean): Promise<number> {
	const tabs = await api.page.evaluate(async () => {
		type Tab = { id?: number; url?: string; incognito: boolean };
		type TabsApi = { tabs: { query(q: object): Promise<Tab[]> } };
		const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
		return (await (g.browser ?? g.chrome).tabs.query({})).map((t) => ({ ...t }));
	}, undefined);
	const tab = tabs.find((t) => t.url === accountUrl && t.incognito === incognito);
	if (tab?.id === undefined) throw new Error(`no ${incognito ? "private" : "normal"} tab at ${accountUrl}`);
	return tab.id;
}

const cookiesOf = (report: TabReport) =>
	report.sites.flatMap((s) => s.cookies).map((c) => ({ name: c.name, storeId: c.storeId, value: c.value }));

describe.each(BROWSERS)("%s: a private window", (name) => {
	const w = world(name);
	const stores = STORES[name];

	test("the pages show two sessions: alice in the normal window, bob in the private one", async () => {
		expect(await accountStatus(w.page, w.accountUrl)).toBe("Signed in as alice");
		expect(await accountStatus(w.privatePage, w.accountUrl)).toBe("Signed in as bob");
	});

	test("bob's session cookie is in the private store, alice's in the normal one, with different values", async () => {
		const [bob] = await w.privateApi.cookies.getAll({ domain: APP_SITE, storeId: stores.private });
		const [alice] = await w.api.cookies.getAll({ domain: APP_SITE, storeId: stores.normal });
		expect(bob?.name).toBe("app_session");
		expect(alice?.name).toBe("app_session");
		expect(bob?.value).not.toBe(alice?.value);
	});

	test("getTabReport for the private tab says incognito and lists exactly the private store's cookies", async () => {
		const tabId = await accountTabId(w.privateApi, w.accountUrl, true);
		const report = await w.privateApi.request("getTabReport", { tabId, includeValues: true });
		expect(report.incognito).toBe(true);
		expect(report.storeId).toBe(stores.private);
		const inStore = await w.privateApi.cookies.getAll({ domain: APP_SITE, storeId: stores.private });
		expect(cookiesOf(report)).toEqual(
			inStore.map((c) => ({ name: c.name, storeId: stores.private, value: c.value })),
		);
		const normal = await w.api.request("getTabReport", {
			tabId: await accountTabId(w.api, w.accountUrl, false),
			includeValues: true,
		});
		expect(normal.incognito).toBe(false);
		expect(normal.storeId).toBe(stores.normal);
		const [alice] = await w.api.cookies.getAll({ domain: APP_SITE, storeId: stores.normal });
		expect(cookiesOf(normal)).toEqual([{ name: "app_session", storeId: stores.normal, value: alice?.value }]);
	});

	test('the popup opened for the private tab names its jar "Private window"', async () => {
		const tabId = await accountTabId(w.privateApi, w.accountUrl, true);
		const popup = await w.privateWindow.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`);
		await popup.waitForSelector("[data-state=ready]");
		expect(await popup.text()).toContain("Private window");
		await popup.close();
		const normalTabId = await accountTabId(w.api, w.accountUrl, false);
		const normalPopup = await w.browser.openExtensionPage(`${POPUP_PATH}?tabId=${normalTabId}`);
		await normalPopup.waitForSelector("[data-state=ready]");
		expect(await normalPopup.text()).not.toContain("Private window");
		await normalPopup.close();
	});

	test("nothing of the private window reaches storage.local or storage.sync: popup, overview, snapshot, bulk clear", async () => {
		const privateTab = await accountTabId(w.privateApi, w.accountUrl, true);
		const popup = await w.privateWindow.openExtensionPage(`${POPUP_PATH}?tabId=${privateTab}`);
		await popup.waitForSelector("[data-state=ready]");
		await popup.close();
		await w.privateApi.request("snapshotSite", { tabId: privateTab, site: APP_SITE });
		// The overview of each window's extension instance (one in Firefox, two in Chromium's split mode).
		for (const [browser, api] of [
			[w.browser, w.api],
			[w.privateWindow, w.privateApi],
		] as const) {
			const overview = await browser.openExtensionPage(OVERVIEW_PATH);
			await overview.waitForSelector("[data-state=ready] table");
			await overview.close();
			await api.request("clearOldSessions", { olderThanDays: 3650 });
		}
		const [bob] = await w.privateApi.cookies.getAll({ domain: APP_SITE, storeId: stores.private });
		expect(bob?.name).toBe("app_session");
		for (const api of [w.api, w.privateApi]) {
			const disk = JSON.stringify([await api.onDisk("local"), await api.onDisk("sync")]);
			expect(disk).not.toContain(bob?.value);
			expect(disk).not.toContain(`"${stores.private}\\u0000`);
		}
		// The control: the normal window's session is on disk, by identity, in the first-seen record.
		expect(JSON.stringify(await w.api.onDisk("local"))).toContain(
			`"${stores.normal}\\u0000\\u0000\\u0000${APP_HOST}\\u0000true\\u0000/\\u0000app_session"`,
		);
	});

	test("logoutSite on the private tab signs bob out and leaves alice signed in", async () => {
		const tabId = await accountTabId(w.privateApi, w.accountUrl, true);
		const reply = await w.privateApi.request("logoutSite", { tabId, site: APP_SITE });
		expect(reply.results.map((r) => [r.cookie.name, r.cookie.storeId, r.status])).toEqual([
			["app_session", stores.private, "removed"],
		]);
		expect(await accountStatus(w.privatePage, w.accountUrl)).toBe("Not signed in");
		expect(await accountStatus(w.page, w.accountUrl)).toBe("Signed in as alice");
	});
});
