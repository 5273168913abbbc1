/** `getSettings`: what every audit uses (the user's settings with managed ones on top). */
import type { Settings } from "../../../core/settings/settings.ts";
import { loadEffectiveSettings, type SettingsStores } from "../../stores/settings-store.ts";

export function getSettings(stores: SettingsStores): Promise<Settings> {
	return loadEffectiveSettings(stores);
}
