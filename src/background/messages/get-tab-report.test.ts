import { describe, expect, test } from "vitest";
import { identityKey } from "../../core/cookie.ts";
import { createFakeWorld, jarCookie, NOW } from "../testing/fake-deps.ts";
import { getTabReport } from "./get-tab-report.ts";
import { logoutSite } from "./logout-site.ts";
import { restoreSnapshot } from "./restore-snapshot.ts";
import { snapshotSite } from "./snapshot-site.ts";

const CONTAINER = "firefox-container-1";
const DEFAULT_SESSION = jarCookie();
const CONTAINER_SESSION = jarCookie({ storeId: CONTAINER, value: "C0ntainerSessi0nValue9f8e7d6c5b4a" });
const WIDGET_SESSION = jarCookie({ domain: "widgets.thirdparty.test", sameSite: "none" });

/** The same site in a default-store tab (7) and a container tab (8). */
function world() {
	const w = createFakeWorld([DEFAULT_SESSION, CONTAINER_SESSION, WIDGET_SESSION]);
	w.tabs.open({ id: 7, url: "https://app.example.test/account", storeId: "0" });
	w.tabs.open({
		id: 8,
		url: "https://app.example.test/account",
		storeId: CONTAINER,
		containerName: "Personal",
	});
	return w;
}

describe("getTabReport names the tab's site and lists its store's snapshots", () => {
	test("the tab's own site is named, and non-inspectable pages have none", async () => {
		const w = world();
		w.tabs.open({ id: 9, url: "chrome://settings/" });
		expect((await getTabReport(w.deps, { tabId: 7 })).site).toBe("example.test");
		expect(await getTabReport(w.deps, { tabId: 9 })).toMatchObject({ site: "", sites: [], snapshots: [] });
	});

	test("a snapshot taken in a container tab is listed there, and not in a default-store tab of the same site", async () => {
		const w = world();
		const { snapshotId } = await snapshotSite(w.deps, { tabId: 8, site: "example.test" });
		expect((await getTabReport(w.deps, { tabId: 8 })).snapshots).toEqual([
			{ snapshotId, site: "example.test", storeId: CONTAINER, count: 1, takenAt: NOW },
		]);
		expect((await getTabReport(w.deps, { tabId: 7 })).snapshots).toEqual([]);
	});

	test("each store's tab lists its own snapshot only, oldest first, with those of its frames' sites", async () => {
		const w = world();
		w.tabs.navigate(7, "https://app.example.test/account", ["https://widgets.thirdparty.test/w"]);
		const container = await snapshotSite(w.deps, { tabId: 8, site: "example.test" });
		w.clock.now += 5;
		const own = await snapshotSite(w.deps, { tabId: 7, site: "example.test" });
		w.clock.now += 5;
		const frame = await snapshotSite(w.deps, { tabId: 7, site: "thirdparty.test" });
		const listed = (await getTabReport(w.deps, { tabId: 7 })).snapshots;
		expect(listed).toEqual([
			{ snapshotId: own.snapshotId, site: "example.test", storeId: "0", count: 1, takenAt: NOW + 5 },
			{ snapshotId: frame.snapshotId, site: "thirdparty.test", storeId: "0", count: 1, takenAt: NOW + 10 },
		]);
		expect((await getTabReport(w.deps, { tabId: 8 })).snapshots.map((s) => s.snapshotId)).toEqual([
			container.snapshotId,
		]);
	});

	test("a tab of another site lists none of them", async () => {
		const w = world();
		await snapshotSite(w.deps, { tabId: 7, site: "example.test" });
		w.tabs.open({ id: 10, url: "https://shop.test/" });
		expect((await getTabReport(w.deps, { tabId: 10 })).snapshots).toEqual([]);
	});

	test("a container's snapshot restores into the container, leaving the default store's cookie alone", async () => {
		const w = world();
		const { snapshotId } = await snapshotSite(w.deps, { tabId: 8, site: "example.test" });
		await logoutSite(w.deps, { tabId: 8, site: "example.test" });
		await w.jar.set({ ...DEFAULT_SESSION, value: "default-store-value-after-login-77" });
		const reply = await restoreSnapshot(w.deps, { snapshotId });
		expect(reply.results.map((r) => [r.cookie.storeId, r.status])).toEqual([[CONTAINER, "restored"]]);
		const byKey = new Map(w.jar.all().map((c) => [identityKey(c), c.value]));
		expect(byKey.get(identityKey(CONTAINER_SESSION))).toBe("C0ntainerSessi0nValue9f8e7d6c5b4a");
		expect(byKey.get(identityKey(DEFAULT_SESSION))).toBe("default-store-value-after-login-77");
	});
});
