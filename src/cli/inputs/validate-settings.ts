/**
 * `--config`: the settings file the extension's options page exports, checked by the one validator the
 * extension uses (src/core/settings) and merged over DEFAULT_SETTINGS. A bad field fails the run naming
 * its path, because a typo in a CI config must fail loudly rather than silently audit with the defaults.
 */
import type { Settings } from "../../core/settings/settings.ts";
import type { SettingsIssue, SettingsResult } from "../../core/settings/validate-settings.ts";
import { validateSettings as validate } from "../../core/settings/validate-settings.ts";
import { CliError } from "../cli-error.ts";

/** The first issue, and how many more there are: a CLI error is one line. */
export function issuesLine(issues: readonly SettingsIssue[]): string {
	const [first] = issues;
	const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
	return `${first?.message ?? "invalid settings"}${more}`;
}

/** The settings, or a CliError naming the first bad field. */
export function settingsOrThrow(result: SettingsResult): Settings {
	if (!result.ok) throw new CliError(issuesLine(result.issues));
	return result.settings;
}

/** Checks a parsed settings file and merges it over the defaults; `knownRules` catches misspelt rule ids. */
export function validateSettings(raw: unknown, knownRules?: ReadonlySet<string>): Settings {
	return settingsOrThrow(validate(raw, knownRules ? { knownRules } : {}));
}
