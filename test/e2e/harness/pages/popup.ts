/** Opening the popup for a given tab, and reading what it shows, the same way in both browsers. */
import type { BrowserPage, ExtensionBrowser } from "../browser-page.ts";

export const POPUP_PATH = "src/popup/index.html";

/**
 * The theme a scenario's panels are looked at in, per browser: dark in Chromium, light in Firefox, so a
 * scenario run once per browser has its axe check cover both palettes (popup-look.e2e.ts checks the main
 * view in both themes in both browsers).
 */
export const PANEL_THEME = { chromium: "dark", firefox: "light" } as const;

/** The tab id of the first tab whose URL starts with `urlPrefix`, asked through the extension's tabs API. */
export async function tabIdOf(browser: ExtensionBrowser, urlPrefix: string): Promise<number> {
	const page = await browser.openExtensionPage(POPUP_PATH);
	try {
		return await page.evaluate(async (prefix) => {
			type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
			const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
			const api = g.browser ?? g.chrome;
			const tabs = await api.tabs.query({});
			const tab = tabs.find((t) => t.url?.startsWith(prefix));
			if (tab?.id === undefined) throw new Error(`no tab at ${prefix}: ${tabs.map((t) => t.url).join(", ")}`);
			return tab.id;
		}, urlPrefix);
	} finally {
		await page.close();
	}
}

/** Opens the popup page for the tab showing `urlPrefix` and waits until it has rendered a report. */
export async function openPopupFor(browser: ExtensionBrowser, urlPrefix: string): Promise<BrowserPage> {
	const tabId = await tabIdOf(browser, urlPrefix);
	const popup = await browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`);
	await popup.waitForSelector("[data-state]:not([data-state=loading])");
	return popup;
}

export interface ShownCookie {
	name: string;
	domain: string;
	path: string;
	chips: Record<string, string>;
	expiry: string;
}

export interface ShownSite {
	site: string;
	cookies: ShownCookie[];
}

/**
 * Opens every collapsed section (other cookies, frame sites) the way a user would, and waits until their
 * content is rendered: sections build their rows only once opened.
 */
export async function expandAll(popup: BrowserPage): Promise<void> {
	for (let round = 0; round < 5; round++) {
		const opened = await popup.evaluate(() => {
			const closed = [...document.querySelectorAll<HTMLDetailsElement>("details[data-section]:not([open])")];
			for (const d of closed) d.querySelector("summary")?.click();
			return closed.length;
		}, undefined);
		if (opened === 0) return;
		await popup.waitForFunction(
			() =>
				[...document.querySelectorAll<HTMLDetailsElement>("details[data-section][open]")].every((d) =>
					d.querySelector("[data-rendered]"),
				),
			undefined,
		);
	}
}

/** Long lists render their first rows first and the rest right after (cookie-list.tsx): wait for all. */
export async function waitForAllRows(popup: BrowserPage): Promise<void> {
	await popup.waitForFunction(
		() => document.querySelector("ul.cookies[data-complete=false]") === null,
		undefined,
	);
}

/** What the popup shows: each site section and its cookie rows (collapsed ones opened), as the user reads them. */
export async function readShownSites(popup: BrowserPage): Promise<ShownSite[]> {
	await expandAll(popup);
	await waitForAllRows(popup);
	return popup.evaluate(
		() =>
			[...document.querySelectorAll<HTMLElement>("section.site")].map((section) => ({
				site: section.dataset.site ?? "",
				cookies: [...section.querySelectorAll<HTMLElement>("li.cookie")].map((row) => ({
					name: row.dataset.cookie ?? "",
					domain: row.dataset.domain ?? "",
					path: row.dataset.path ?? "",
					chips: Object.fromEntries(
						[...row.querySelectorAll<HTMLElement>("[data-chip]")].map((c) => [
							c.dataset.chip,
							c.textContent ?? "",
						]),
					),
					expiry: row.querySelector(".expiry")?.textContent ?? "",
				})),
			})),
		undefined,
	);
}

/** The rule ids the popup shows for one cookie of the tab. */
export async function readPopupRules(
	browser: ExtensionBrowser,
	tabId: number,
	cookie: string,
): Promise<string[]> {
	const popup = await browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`);
	await popup.waitForSelector(`li[data-cookie="${cookie}"]`);
	const rules = await popup.evaluate(
		(n) =>
			[...document.querySelectorAll(`li[data-cookie="${n}"] [data-rule]`)].map(
				(el) => (el as HTMLElement).dataset.rule ?? "",
			),
		cookie,
	);
	await popup.close();
	return rules;
}
