/**
 * One contract for every TabPort: run against the in-memory fake (fake-tab-port.test.ts) and against
 * the real port over real tabs in both browsers (test/e2e/background/background-ports.e2e.ts), so the fake cannot
 * drift from what Chromium and Firefox report. Real events arrive on the browser's own time, so every
 * event is awaited, never assumed to have fired already. Not pinned, because the browsers differ:
 * frameUrls of a closed tab resolves [] in Chromium 156 and rejects ("Invalid tab ID") in Firefox ESR 153.
 */
import { expect, test, vi } from "vitest";
import type { TabPort } from "../tab-port.ts";

/** The port under test, and how its world opens, navigates, switches and closes tabs. */
export interface TabWorld {
	port: TabPort;
	/** A page without frames; each `n` gives another URL. */
	pageUrl(n: number): string;
	/** A page that embeds one frame, at `frameUrl`. */
	framedUrl: string;
	frameUrl: string;
	/** The cookie store of an ordinary tab: "0" in Chromium, "firefox-default" in Firefox. */
	defaultStoreId: string;
	/** Opens a tab at `url`, waits until it has loaded, and returns its id. */
	open(url: string): Promise<number>;
	navigate(tabId: number, url: string): Promise<void>;
	/** Switches to the tab, as the user does. */
	activate(tabId: number): Promise<void>;
	close(tabId: number): Promise<void>;
}

let pages = 0;
const nextPage = (world: TabWorld) => world.pageUrl(++pages);

/** Waits until `seen` holds `tabId` (events of other tabs may come too). */
const until = (seen: number[], tabId: number) =>
	vi.waitFor(() => expect(seen).toContain(tabId), { timeout: 10_000, interval: 50 });

function record(subscribe: (listener: (tabId: number) => void) => void): number[] {
	const seen: number[] = [];
	subscribe((tabId) => seen.push(tabId));
	return seen;
}

export function tabPortContract(world: () => TabWorld): void {
	test("get of an open tab gives its id, URL, cookie store and that it is not private", async () => {
		const w = world();
		const url = nextPage(w);
		const tabId = await w.open(url);
		expect(await w.port.get(tabId)).toEqual({ id: tabId, url, storeId: w.defaultStoreId, incognito: false });
		await w.close(tabId);
	});

	test("frameUrls lists the top-level document first, then its frame", async () => {
		const w = world();
		const tabId = await w.open(w.framedUrl);
		expect(await w.port.frameUrls(tabId)).toEqual([w.framedUrl, w.frameUrl]);
		await w.close(tabId);
	});

	test("allTabIds includes an open tab and leaves it out once it is closed", async () => {
		const w = world();
		const tabId = await w.open(nextPage(w));
		expect(await w.port.allTabIds()).toContain(tabId);
		await w.close(tabId);
		await vi.waitFor(async () => expect(await w.port.allTabIds()).not.toContain(tabId), { timeout: 10_000 });
	});

	test("onNavigated fires for a new tab's page and for each later navigation, and get shows the new URL", async () => {
		const w = world();
		const seen = record((l) => w.port.onNavigated(l));
		const tabId = await w.open(nextPage(w));
		await until(seen, tabId);
		seen.length = 0;
		const next = nextPage(w);
		await w.navigate(tabId, next);
		await until(seen, tabId);
		expect((await w.port.get(tabId)).url).toBe(next);
		await w.close(tabId);
	});

	test("onActivated fires with the tab the user switches to", async () => {
		const w = world();
		const seen = record((l) => w.port.onActivated(l));
		const first = await w.open(nextPage(w));
		const second = await w.open(nextPage(w));
		await w.activate(first);
		await until(seen, first);
		await w.activate(second);
		await until(seen, second);
		await w.close(first);
		await w.close(second);
	});

	test("onRemoved fires when a tab closes; the closed tab can no longer be read", async () => {
		const w = world();
		const seen = record((l) => w.port.onRemoved(l));
		const tabId = await w.open(nextPage(w));
		await w.close(tabId);
		await until(seen, tabId);
		await expect(w.port.get(tabId)).rejects.toThrow();
	});
}
