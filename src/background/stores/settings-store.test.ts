import { describe, expect, test } from "vitest";
import { defaultSettings } from "../../core/settings/validate-settings.ts";
import { createFakeStoragePort } from "../../platform/fakes/fake-storage-port.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import { loadOwnSettings, loadSettingsView, saveSettings } from "./settings-store.ts";

/** Chrome's storage.sync QUOTA_BYTES_PER_ITEM: the JSON of key and value. */
const QUOTA_BYTES_PER_ITEM = 8_192;

function largestItemBytes(entries: [string, unknown][]): number {
	return Math.max(
		...entries.map(([key, value]) => new TextEncoder().encode(key + JSON.stringify(value)).length),
	);
}

const allItems = (sync: StoragePort) => sync.entries<unknown>("");

/** A valid file near the validator's limits: 200 ignore entries with 150-character, quote-heavy names. */
function largeSettings() {
	const ignore = Array.from({ length: 200 }, (_, i) => ({
		name: `"quoted"_${i}_${"x".repeat(130)}`,
		site: `s${i}.test`,
	}));
	return { ...defaultSettings(), ignore };
}

describe("settings in storage.sync", () => {
	test("a record saved by an earlier version keeps what still validates and names what it leaves out", async () => {
		// As an earlier version wrote it: one record, with a lookahead pattern this version refuses.
		const sync = createFakeStoragePort({
			settings: { badge: false, ignore: [{ name: "/^(?!tmp_)/" }, { name: "_ga*" }] },
		});
		const view = await loadSettingsView({ sync, managed: async () => undefined });
		expect(view.own.badge).toBe(false);
		expect(view.own.ignore).toEqual([{ name: "_ga*" }]);
		expect(view.droppedIssues.map((i) => i.path)).toEqual(["ignore[0].name"]);
	});

	test("a settings file larger than one sync item round-trips, stored in items under Chrome's per-item quota", async () => {
		const sync = createFakeStoragePort();
		const settings = largeSettings();
		expect(JSON.stringify(settings).length).toBeGreaterThan(3 * QUOTA_BYTES_PER_ITEM);
		await saveSettings(sync, settings);
		expect(largestItemBytes(await allItems(sync))).toBeLessThan(QUOTA_BYTES_PER_ITEM);
		expect(await loadOwnSettings(sync)).toEqual(settings);
	});

	test("saving smaller settings leaves no stale pieces of the larger ones", async () => {
		const sync = createFakeStoragePort();
		await saveSettings(sync, largeSettings());
		const small = { ...defaultSettings(), maxSessionLifetimeDays: 7 };
		await saveSettings(sync, small);
		expect((await allItems(sync)).map(([key]) => key).sort()).toEqual(["settings", "settings.0"]);
		expect(await loadOwnSettings(sync)).toEqual(small);
	});

	test("invalid settings are refused whole, each problem named once, and nothing changes", async () => {
		const sync = createFakeStoragePort();
		const before = { ...defaultSettings(), badge: false };
		await saveSettings(sync, before);
		const error = await saveSettings(sync, { ...before, badge: 3, maxSessionLifetimeDays: "x" }).catch(
			(e: Error) => e,
		);
		expect(String(error)).toContain("not saved: maxSessionLifetimeDays must be a number of days");
		expect(String(error)).toContain("; badge must be true or false (got number 3)");
		expect(String(error)).not.toContain("badge: badge");
		expect(await loadOwnSettings(sync)).toEqual(before);
	});

	test("a record saved by an earlier version, one plain object, still loads", async () => {
		const legacy = { ...defaultSettings(), minTokenEntropyBits: 96 };
		expect(await loadOwnSettings(createFakeStoragePort({ settings: legacy }))).toEqual(legacy);
	});
});
