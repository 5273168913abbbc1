/**
 * Settings: the user's own in `storage.sync`, an administrator's in `storage.managed` on top (locked keys).
 * Both go through core's one validator (core/settings), shared with the options page and the CLI.
 */

import { type SalvagedSettings, salvageSettings } from "../../core/settings/salvage-settings.ts";
import type { Settings } from "../../core/settings/settings.ts";
import { type SettingsView, settingsView } from "../../core/settings/settings-view.ts";
import { defaultSettings, validateSettings } from "../../core/settings/validate-settings.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import type { ManagedPolicy } from "./managed-policy.ts";

const KEY = "settings";
/**
 * Chrome limits one `storage.sync` item to 8,192 bytes (QUOTA_BYTES_PER_ITEM, counted on the JSON of key
 * and value; https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync), and a
 * valid settings file may be far larger. So the record is stored as its JSON text in chunks small enough
 * even if every character needed escaping.
 */
const CHUNK_CHARS = 3_500;
const chunkKey = (i: number) => `${KEY}.${i}`;

/** The stored record: chunks of JSON text (`{chunks: n}` under KEY), or a plain object from before. */
async function readRecord(sync: StoragePort): Promise<unknown> {
	const head = await sync.get<unknown>(KEY);
	const chunks = (head as { chunks?: unknown } | undefined)?.chunks;
	if (typeof chunks !== "number") return head;
	const parts = await Promise.all(Array.from({ length: chunks }, (_, i) => sync.get<string>(chunkKey(i))));
	try {
		return JSON.parse(parts.join(""));
	} catch {
		return undefined;
	}
}

async function writeRecord(sync: StoragePort, settings: Settings): Promise<void> {
	const text = JSON.stringify(settings);
	const items: Record<string, unknown> = {};
	let count = 0;
	for (let i = 0; i < text.length; i += CHUNK_CHARS)
		items[chunkKey(count++)] = text.slice(i, i + CHUNK_CHARS);
	const stale = (await sync.entries(`${KEY}.`)).map(([key]) => key).filter((key) => !(key in items));
	await sync.set({ ...items, [KEY]: { chunks: count } });
	if (stale.length > 0) await sync.remove(stale);
}

export interface SettingsStores {
	sync: StoragePort;
	/** `storage.managed`: read-only policy values; absent or unreadable means none. */
	managed: () => Promise<unknown>;
}

/**
 * The user's saved settings. A stored record with values this version refuses keeps everything else;
 * the values left out are named (salvage-settings.ts).
 */
export async function readOwnSettings(sync: StoragePort): Promise<SalvagedSettings> {
	const stored = await readRecord(sync);
	if (stored === undefined) return { settings: defaultSettings(), dropped: [] };
	return salvageSettings(stored);
}

export async function loadOwnSettings(sync: StoragePort): Promise<Settings> {
	return (await readOwnSettings(sync)).settings;
}

export async function loadSettingsView(stores: SettingsStores): Promise<SettingsView> {
	const { settings, dropped } = await readOwnSettings(stores.sync);
	return settingsView(settings, await stores.managed().catch(() => undefined), dropped);
}

/** What every audit uses: the user's settings with the managed ones on top. */
export async function loadEffectiveSettings(stores: SettingsStores): Promise<Settings> {
	return (await loadSettingsView(stores)).effective;
}

/** All or nothing: an invalid record is refused with every problem named, and nothing changes. */
export async function saveSettings(sync: StoragePort, settings: unknown): Promise<Settings> {
	const result = validateSettings(settings);
	if (!result.ok) {
		// Each message names its field already ("badge must be true or false …").
		const problems = result.issues.map((i) => i.message).join("; ");
		throw new Error(`These settings were not saved: ${problems}`);
	}
	await writeRecord(sync, result.settings);
	return result.settings;
}

/** Settings for a report, and whether the policy was still being read (then it is left out, for now). */
export interface ReportSettings {
	settings: Settings;
	policyPending: boolean;
}

/**
 * What a report uses without waiting on `storage.managed`: the user's settings with the policy as last
 * read on top; before the first read has finished, the user's alone (managed-policy.ts says why).
 */
export async function loadReportSettings(
	sync: StoragePort,
	policy: Pick<ManagedPolicy, "read" | "known">,
): Promise<ReportSettings> {
	// Started now, never awaited here: a policy that differs from the one assumed re-audits when it is in.
	policy.read().catch(() => undefined);
	const [{ settings, dropped }, known] = await Promise.all([readOwnSettings(sync), policy.known()]);
	return { settings: settingsView(settings, known?.value, dropped).effective, policyPending: !known };
}
