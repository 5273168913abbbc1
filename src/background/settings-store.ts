/**
 * Settings: the user's own in `storage.sync`, an administrator's in `storage.managed` on top (locked keys).
 * Both go through core's one validator (core/settings), shared with the options page and the CLI.
 */
import {
	defaultSettings,
	type Settings,
	type SettingsView,
	settingsView,
	validateSettings,
} from "../core/settings/index.ts";
import type { StoragePort } from "../platform/storage-port.ts";

const KEY = "settings";

export interface SettingsStores {
	sync: StoragePort;
	/** `storage.managed`: read-only policy values; absent or unreadable means none. */
	managed: () => Promise<unknown>;
}

/** The user's saved settings; a stored record that no longer validates yields the defaults. */
export async function loadOwnSettings(sync: StoragePort): Promise<Settings> {
	const stored = await sync.get(KEY);
	if (stored === undefined) return defaultSettings();
	const result = validateSettings(stored);
	return result.ok ? result.settings : defaultSettings();
}

export async function loadSettingsView(stores: SettingsStores): Promise<SettingsView> {
	return settingsView(await loadOwnSettings(stores.sync), await stores.managed().catch(() => undefined));
}

/** What every audit uses: the user's settings with the managed ones on top. */
export async function loadEffectiveSettings(stores: SettingsStores): Promise<Settings> {
	return (await loadSettingsView(stores)).effective;
}

/** All or nothing: an invalid record is refused with every problem named, and nothing changes. */
export async function saveSettings(sync: StoragePort, settings: unknown): Promise<Settings> {
	const result = validateSettings(settings);
	if (!result.ok) {
		const problems = result.issues.map((i) => `${i.path}: ${i.message}`).join("; ");
		throw new Error(`These settings were not saved: ${problems}`);
	}
	await sync.set({ [KEY]: result.settings });
	return result.settings;
}
