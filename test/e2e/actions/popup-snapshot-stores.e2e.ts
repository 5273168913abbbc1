/**
 * A snapshot belongs to the cookie store it was taken in. The same site open in a tab of another store
 * (a Firefox container, a Chromium incognito window) is offered no restore for it: restoring there
 * would write one jar's session into the other. The store's own tab still offers it.
 */
import { describe, expect, test } from "vitest";
import { APP_HOST } from "../../site/fixture-site.ts";
import type { BrowserName, BrowserPage, ExtensionBrowser, LaunchOptions } from "../harness/browser-page.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openExtensionApi } from "../harness/extension-api.ts";
import { POPUP_PATH } from "../harness/pages/popup.ts";
import { noticeText } from "../harness/pages/popup-actions.ts";
import { type World, world } from "../harness/world.ts";

/** Firefox's first default container (MDN contextualIdentities); it exists once containers are on. */
const CONTAINER = "firefox-container-1";

const LAUNCH: Record<BrowserName, LaunchOptions> = {
	chromium: { allowPrivateWindows: true },
	firefox: { firefoxPrefs: { "privacy.userContext.enabled": true } },
};

/** Where the popup of a tab opens (the incognito tab's popup runs in the incognito window, split mode). */
interface StoreTab {
	browser: ExtensionBrowser;
	tabId: number;
}

type TabsApi = {
	tabs: { create(o: object): Promise<unknown>; query(o: object): Promise<{ id?: number; url?: string }[]> };
};

/** Firefox: a container tab, created with its cookieStoreId (MDN tabs.create), signed in at `url`. */
async function containerTab(w: World, url: string, accountUrl: string): Promise<StoreTab> {
	await w.api.page.evaluate(
		async ([login, store]) => {
			const api = (globalThis as unknown as { browser: TabsApi }).browser;
			await api.tabs.create({ url: login, cookieStoreId: store });
		},
		[url, CONTAINER] as const,
	);
	for (let i = 0; i < 50; i++) {
		const ids = await w.api.page.evaluate(
			async ([account, store]) => {
				const api = (globalThis as unknown as { browser: TabsApi }).browser;
				const tabs = await api.tabs.query({ cookieStoreId: store });
				return tabs.filter((t) => t.url?.startsWith(account)).map((t) => t.id);
			},
			[accountUrl, CONTAINER] as const,
		);
		if (ids[0] !== undefined) return { browser: w.browser, tabId: ids[0] };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`no tab of ${CONTAINER} reached ${accountUrl}`);
}

/** Chromium: a tab in an incognito window, whose extension pages see only incognito tabs. */
async function incognitoTab(w: World, url: string, accountUrl: string): Promise<StoreTab> {
	if (!w.browser.openPrivateWindow) throw new Error("the chromium harness cannot open private windows");
	const browser = await w.browser.openPrivateWindow();
	const page = await browser.newPage();
	await page.goto(url);
	const api = await openExtensionApi(browser);
	const tabId = await api.tabIdOf(accountUrl);
	await api.close();
	return { browser, tabId };
}

async function openPopup(tab: StoreTab): Promise<BrowserPage> {
	const popup = await tab.browser.openExtensionPage(`${POPUP_PATH}?tabId=${tab.tabId}`);
	await popup.waitForSelector("[data-state=ready][aria-busy=false]");
	return popup;
}

/** What the popup offers for the tab's own site: whether Restore is enabled, and the snapshot's count. */
async function restoreOffer(popup: BrowserPage): Promise<{ enabled: boolean; count: string | null }> {
	return popup.evaluate(() => {
		const button = document.querySelector<HTMLButtonElement>("[data-action=restore]");
		if (!button) throw new Error("no restore button");
		const count = document.querySelector<HTMLElement>("[data-snapshot-count]");
		return { enabled: !button.disabled, count: count?.dataset.snapshotCount ?? null };
	}, undefined);
}

describe.each(BROWSERS)("%s: snapshots stay with their cookie store", (name) => {
	const w = world(name, { api: true, page: true, launch: LAUNCH[name] });

	test("a snapshot taken in the default store is not offered in another store's tab of the same site", async () => {
		const accountUrl = w.site.url(APP_HOST, "/account");
		await w.page.goto(w.site.url(APP_HOST, "/login?user=alice"));
		const first: StoreTab = { browser: w.browser, tabId: await w.api.tabIdOf(accountUrl) };
		const bob = w.site.url(APP_HOST, "/login?user=bob");
		const other =
			name === "firefox" ? await containerTab(w, bob, accountUrl) : await incognitoTab(w, bob, accountUrl);

		const taking = await openPopup(first);
		expect(await restoreOffer(taking)).toEqual({ enabled: false, count: null });
		await taking.click("[data-action=snapshot]");
		expect(await noticeText(taking, "noticeSnapshot")).toContain(
			"Snapshot of example.test: 1 session cookies",
		);
		await taking.waitForSelector("[data-action=restore]:not([disabled])");
		expect(await restoreOffer(taking)).toEqual({ enabled: true, count: "1" });
		await taking.close();

		// The other store's tab of the same site: its own jar (bob), and nothing to restore.
		const elsewhere = await openPopup(other);
		expect(await elsewhere.text()).toContain(name === "firefox" ? "Container: Personal" : "Private window");
		expect(await elsewhere.text()).toContain("example.test");
		expect(await restoreOffer(elsewhere)).toEqual({ enabled: false, count: null });
		await elsewhere.close();

		// The store it was taken in still offers it, and restores it.
		const again = await openPopup(first);
		expect(await restoreOffer(again)).toEqual({ enabled: true, count: "1" });
		await again.click("[data-action=restore]");
		expect(await noticeText(again, "noticeRestored")).toContain("Restored: 1. Failed: 0.");
		await again.close();
	});
});
