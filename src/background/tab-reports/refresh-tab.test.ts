import { describe, expect, test } from "vitest";
import { defaultSettings } from "../../core/settings/validate-settings.ts";
import { createFakeStoragePort } from "../../platform/fakes/fake-storage-port.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import type { BackgroundDeps } from "../deps.ts";
import { getTabReport } from "../messages/get-tab-report.ts";
import { createManagedPolicy } from "../stores/managed-policy.ts";
import { loadEffectiveSettings, loadReportSettings, saveSettings } from "../stores/settings-store.ts";
import { createFakeWorld, jarCookie } from "../testing/fake-deps.ts";
import { refreshTab } from "./refresh-tab.ts";

/**
 * storage.sync that records the key of every read, and a policy (ignore the one cookie) that comes when
 * the test lets it, counting the reads.
 */
async function countedSettings() {
	const inner = createFakeStoragePort();
	await saveSettings(inner, { ...defaultSettings(), minTokenEntropyBits: 96 });
	const reads = { sync: [] as string[], managed: 0 };
	const sync: StoragePort = {
		...inner,
		get: (key) => {
			reads.sync.push(key);
			return inner.get(key);
		},
	};
	let arrive = () => {};
	const arrived = new Promise<void>((resolve) => {
		arrive = resolve;
	});
	const managed = async () => {
		reads.managed++;
		await arrived;
		return { ignore: [{ name: "sessionid" }] };
	};
	return { reads, sync, managed, arrive };
}

async function worldWithCountedSettings() {
	const w = createFakeWorld([jarCookie({ name: "sessionid", value: "12345", secure: false })]);
	w.tabs.open({ id: 3, url: "https://app.example.test/" });
	const { reads, sync, managed, arrive } = await countedSettings();
	const changes = { count: 0 };
	// Wired as background/index.ts wires it.
	const policy = createManagedPolicy(managed, w.session, () => changes.count++);
	const stores = { sync, managed: policy.read };
	const deps: BackgroundDeps = {
		...w.deps,
		...stores,
		settings: () => loadEffectiveSettings(stores),
		reportSettings: () => loadReportSettings(sync, policy),
	};
	return { w, deps, reads, arrive, changes };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("settings in a refresh", () => {
	test("one refresh reads storage.sync once and starts one storage.managed read", async () => {
		const { w, deps, reads } = await worldWithCountedSettings();
		await refreshTab(deps, 3);
		expect(reads).toEqual({ sync: ["settings", "settings.0"], managed: 1 });
		// The badge shows from that one load (the badge setting is on; the policy is not in yet).
		expect(w.badge.shown(3)?.text).toBe("2");
	});

	test("the first report does not wait for the policy: it says so, and the one after it has the policy", async () => {
		const { deps, reads, arrive, changes } = await worldWithCountedSettings();
		const first = await getTabReport(deps, { tabId: 3, includeValues: true });
		expect(first.policyPending).toBe(true);
		expect(first.sites[0]?.cookies[0]?.findings.length).toBeGreaterThan(0);
		arrive();
		await deps.settings();
		expect(changes.count).toBe(1);
		const second = await getTabReport(deps, { tabId: 3, includeValues: true });
		expect(second).not.toHaveProperty("policyPending");
		// The policy's ignore list wins over the user's settings once it is known.
		expect(second.sites[0]?.cookies[0]?.findings).toEqual([]);
		expect(reads.managed).toBeGreaterThanOrEqual(1);
	});

	test("the tab's record and badge are written once the reply is made, without being waited for", async () => {
		const { w, deps, arrive } = await worldWithCountedSettings();
		arrive();
		await getTabReport(deps, { tabId: 3 });
		await tick();
		expect(await w.session.get("tab:3")).toMatchObject({ tabId: 3, frameSites: ["example.test"] });
		expect(w.badge.shown(3)).toBeDefined();
	});
});
