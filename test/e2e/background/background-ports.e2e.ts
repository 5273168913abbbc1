import { afterAll, beforeAll, describe } from "vitest";
import { storagePortContract } from "../../../src/platform/testing/storage-port-contract.ts";
import { tabPortContract } from "../../../src/platform/testing/tab-port-contract.ts";
import { APP_HOST, WIDGET_HOST } from "../../site/fixture-site.ts";
import type { BrowserPage } from "../harness/browser-page.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { installRealPorts, type RealPorts } from "../harness/real-ports.ts";
import { world } from "../harness/world.ts";

/**
 * The contracts the in-memory fakes keep (src/platform/fakes/fake-storage-port.test.ts and
 * fake-tab-port.test.ts), kept by the real ports in the real browsers, over real tabs.
 */
describe.each(BROWSERS)("%s: the real storage and tab ports keep their contracts", (name) => {
	const w = world(name, { api: true });
	let ports: RealPorts;
	/** The harness page of each tab the contract opened, by tab id. */
	const tabs = new Map<number, BrowserPage>();
	const pageOf = (tabId: number): BrowserPage => {
		const page = tabs.get(tabId);
		if (!page) throw new Error(`the contract did not open tab ${tabId}`);
		return page;
	};

	beforeAll(async () => {
		ports = await installRealPorts(w.api.page);
	});
	// Registered after world(), so it runs before the browser closes.
	afterAll(() => ports?.stop());

	describe.each(["session", "local", "sync"] as const)("storage.%s", (area) => {
		storagePortContract(() => ports.storage(area));
	});

	describe("tabs", () => {
		tabPortContract(() => ({
			port: ports.tabs,
			// Zero-padded, so no URL is the prefix of another (tabIdOf matches by prefix).
			pageUrl: (n) => w.site.url(APP_HOST, `/?tab=${String(n).padStart(4, "0")}`),
			framedUrl: w.site.url(APP_HOST, "/frame"),
			frameUrl: w.site.url(WIDGET_HOST, "/widget"),
			defaultStoreId: name === "chromium" ? "0" : "firefox-default",
			async open(url) {
				const page = await w.browser.newPage();
				await page.goto(url);
				const tabId = await w.api.tabIdOf(url);
				tabs.set(tabId, page);
				return tabId;
			},
			navigate: (tabId, url) => pageOf(tabId).goto(url),
			async activate(tabId) {
				await w.api.page.evaluate(async (id) => {
					type TabsApi = { tabs: { update(id: number, props: { active: boolean }): Promise<unknown> } };
					const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
					await (g.browser ?? g.chrome).tabs.update(id, { active: true });
				}, tabId);
			},
			async close(tabId) {
				await pageOf(tabId).close();
				tabs.delete(tabId);
			},
		}));
	});
});
