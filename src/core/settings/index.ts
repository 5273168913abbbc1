/** Team settings: the shape, its limits, the one validator shared by the extension and the CLI. */
export { applyManaged, type ManagedResult } from "./apply-managed.ts";
export { SETTINGS_LIMITS } from "./limits.ts";
export { parseSettingsFile } from "./parse-settings-file.ts";
export {
	DEFAULT_SETTINGS,
	type IgnoreEntry,
	type NamePattern,
	type RoleOverride,
	SETTING_KEYS,
	type Settings,
} from "./settings.ts";
export { settingsFileText } from "./settings-file-text.ts";
export { type SettingsView, settingsView } from "./settings-view.ts";
export {
	defaultSettings,
	type SettingsIssue,
	type SettingsResult,
	type ValidateOptions,
	validateSettings,
} from "./validate-settings.ts";
