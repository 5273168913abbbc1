import { describe, expect, test } from "vitest";
import { defaultSettings } from "../../core/settings/validate-settings.ts";
import { createFakeStoragePort } from "../../platform/fakes/fake-storage-port.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import type { BackgroundDeps } from "../deps.ts";
import { getTabReport } from "../messages/get-tab-report.ts";
import { loadEffectiveSettings, saveSettings } from "../stores/settings-store.ts";
import { createFakeWorld, jarCookie } from "../testing/fake-deps.ts";
import { refreshTab } from "./refresh-tab.ts";

/** storage.sync that records the key of every read, and a policy whose one value counts its reads. */
async function countedSettings() {
	const inner = createFakeStoragePort();
	await saveSettings(inner, { ...defaultSettings(), minTokenEntropyBits: 96 });
	const reads = { sync: [] as string[], managed: 0, managedValue: 0 };
	const sync: StoragePort = {
		...inner,
		get: (key) => {
			reads.sync.push(key);
			return inner.get(key);
		},
	};
	const policy = {
		get maxSessionLifetimeDays() {
			reads.managedValue++;
			return 7;
		},
	};
	const managed = async () => {
		reads.managed++;
		return policy;
	};
	return { reads, stores: { sync, managed } };
}

async function worldWithCountedSettings() {
	const w = createFakeWorld([jarCookie({ name: "sessionid", value: "12345", secure: false })]);
	w.tabs.open({ id: 3, url: "https://app.example.test/" });
	const { reads, stores } = await countedSettings();
	// Wired as background/index.ts wires it.
	const deps: BackgroundDeps = { ...w.deps, ...stores, settings: () => loadEffectiveSettings(stores) };
	return { w, deps, reads };
}

describe("settings in a refresh", () => {
	test("one refresh reads the settings once from storage.sync and storage.managed, each policy value once", async () => {
		const { w, deps, reads } = await worldWithCountedSettings();
		await refreshTab(deps, 3);
		expect(reads).toEqual({ sync: ["settings", "settings.0"], managed: 1, managedValue: 1 });
		// The badge shows from that one load (the badge setting is on).
		expect(w.badge.shown(3)?.text).toBe("2");
	});

	test("a getTabReport is one refresh: the same single read", async () => {
		const { deps, reads } = await worldWithCountedSettings();
		await getTabReport(deps, { tabId: 3, includeValues: true });
		expect(reads).toEqual({ sync: ["settings", "settings.0"], managed: 1, managedValue: 1 });
	});
});
