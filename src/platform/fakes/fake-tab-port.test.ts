import { describe, expect, test } from "vitest";
import { type TabWorld, tabPortContract } from "../testing/tab-port-contract.ts";
import { createFakeTabPort } from "./fake-tab-port.ts";

const FRAMED = "https://app.example.test/frame";
const FRAME = "https://widgets.thirdparty.test/widget";

/** Tabs opened through the fake's own controls; the framed page "loads" its one frame. */
function fakeWorld(): TabWorld {
	const port = createFakeTabPort();
	let lastId = 100;
	return {
		port,
		pageUrl: (n) => `https://app.example.test/?tab=${n}`,
		framedUrl: FRAMED,
		frameUrl: FRAME,
		defaultStoreId: "0",
		async open(url) {
			lastId += 1;
			port.open({ id: lastId, url, frames: url === FRAMED ? [FRAME] : [] });
			return lastId;
		},
		navigate: async (tabId, url) => port.navigate(tabId, url),
		activate: async (tabId) => port.activate(tabId),
		close: async (tabId) => port.close(tabId),
	};
}

describe("the in-memory tabs keep the tab-port contract", () => {
	const world = fakeWorld();
	tabPortContract(() => world);
});

describe("the in-memory tabs", () => {
	test("keep a container's store and name, and a private tab's flag", async () => {
		const port = createFakeTabPort();
		port.open({ id: 1, url: "https://a.test/", storeId: "firefox-container-2", containerName: "Work" });
		port.open({ id: 2, url: "https://b.test/", storeId: "firefox-private", incognito: true });
		expect(await port.get(1)).toEqual({
			id: 1,
			url: "https://a.test/",
			storeId: "firefox-container-2",
			incognito: false,
			containerName: "Work",
		});
		expect((await port.get(2)).incognito).toBe(true);
	});

	test("refuse to switch to or close a tab that is not open, as the browsers' tabs API does", () => {
		const port = createFakeTabPort();
		expect(() => port.activate(9)).toThrow("No tab with id: 9.");
		expect(() => port.close(9)).toThrow("No tab with id: 9.");
	});
});
