/** `getSettingsView`: the user's own settings, the effective ones, and what policy locked (options page). */
import type { SettingsView } from "../../../core/settings/settings-view.ts";
import { loadSettingsView, type SettingsStores } from "../../stores/settings-store.ts";

export function getSettingsView(stores: SettingsStores): Promise<SettingsView> {
	return loadSettingsView(stores);
}
