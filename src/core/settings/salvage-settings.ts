/**
 * A stored settings record read back after an upgrade may hold values this version refuses (a name pattern
 * that cannot run in linear time, a rule id no longer known). Throwing the whole record away would lose
 * every other setting without a word, so each key is validated on its own and, in a list, each entry:
 * what still validates is kept, and each value left out is named.
 */
import type { SettingsIssue } from "./field-checks.ts";
import { SETTING_KEYS, type Settings } from "./settings.ts";
import { defaultSettings, validateSettings } from "./validate-settings.ts";

export interface SalvagedSettings {
	settings: Settings;
	/** The stored values left out, each naming its field. */
	dropped: SettingsIssue[];
}

function salvageKey(key: keyof Settings, value: unknown, dropped: SettingsIssue[]): Partial<Settings> {
	const whole = validateSettings({ [key]: value });
	if (whole.ok) return { [key]: whole.settings[key] };
	if (!Array.isArray(value)) {
		dropped.push(...whole.issues);
		return {};
	}
	const kept: unknown[] = [];
	value.forEach((entry, index) => {
		const one = validateSettings({ [key]: [entry] });
		if (one.ok) kept.push(entry);
		else {
			const at = (text: string) => text.replace(`${key}[0]`, `${key}[${index}]`);
			dropped.push(...one.issues.map((i) => ({ path: at(i.path), message: at(i.message) })));
		}
	});
	const rest = validateSettings({ [key]: kept });
	return rest.ok ? { [key]: rest.settings[key] } : {};
}

export function salvageSettings(stored: unknown): SalvagedSettings {
	const result = validateSettings(stored);
	if (result.ok) return { settings: result.settings, dropped: [] };
	if (typeof stored !== "object" || stored === null || Array.isArray(stored)) {
		return { settings: defaultSettings(), dropped: result.issues };
	}
	const record = stored as Record<string, unknown>;
	const dropped: SettingsIssue[] = [];
	const settings: Settings = { ...defaultSettings() };
	for (const key of SETTING_KEYS) {
		if (!(key in record)) continue;
		Object.assign(settings, salvageKey(key, record[key], dropped));
	}
	return { settings, dropped };
}
