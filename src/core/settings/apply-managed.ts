/**
 * Settings an administrator pushes by policy (storage.managed) win over the user's, key by key, and those
 * keys are locked in the options page. Each managed key is validated on its own: one mistyped policy value
 * is reported and skipped rather than discarding every other managed setting.
 */
import type { SettingsIssue } from "./field-checks.ts";
import { SETTING_KEYS, type Settings } from "./settings.ts";
import { type ValidateOptions, validateSettings } from "./validate-settings.ts";

export interface ManagedResult {
	/** What the audit uses: the user's settings with every valid managed key replacing theirs. */
	settings: Settings;
	/** Keys the administrator set, in SETTING_KEYS order. */
	locked: (keyof Settings)[];
	/** Managed values that were refused, each naming its field. */
	issues: SettingsIssue[];
}

export function applyManaged(user: Settings, managed: unknown, options: ValidateOptions = {}): ManagedResult {
	const settings: Settings = { ...user };
	const locked: (keyof Settings)[] = [];
	const issues: SettingsIssue[] = [];
	if (typeof managed !== "object" || managed === null || Array.isArray(managed)) {
		return { settings, locked, issues };
	}
	const record = managed as Record<string, unknown>;
	// Each key is read and validated once; issues keep the policy's order, locked keys SETTING_KEYS'.
	const valid = new Map<string, Settings>();
	for (const key of Object.keys(record)) {
		if (key.startsWith("$")) continue;
		const result = validateSettings({ [key]: record[key] }, options);
		if (result.ok) valid.set(key, result.settings);
		else issues.push(...result.issues);
	}
	for (const key of SETTING_KEYS) {
		const checked = valid.get(key);
		if (checked === undefined) continue;
		Object.assign(settings, { [key]: checked[key] });
		locked.push(key);
	}
	return { settings, locked, issues };
}
