/** `setSettings`: stores the user's settings (all or nothing) and re-audits every tab; replies the effective ones. */
import type { Settings } from "../../../core/settings/settings.ts";
import { loadEffectiveSettings, type SettingsStores, saveSettings } from "../../stores/settings-store.ts";
import type { RefreshScheduler } from "../../tab-reports/refresh-scheduler.ts";

export async function setSettings(
	stores: SettingsStores,
	scheduler: Pick<RefreshScheduler, "allTabs">,
	request: { settings: Settings },
): Promise<Settings> {
	await saveSettings(stores.sync, request.settings);
	scheduler.allTabs();
	return loadEffectiveSettings(stores);
}
