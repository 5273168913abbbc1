/**
 * Team settings: the extension's options page and the CLI's `--config` read the same shape, described by
 * docs/settings.schema.json and checked by validate-settings.ts.
 */
import type { Role, Severity } from "../report.ts";

/** A cookie-name pattern: `*` matches any run of characters; `/…/flags` is a regular expression. */
export type NamePattern = string;

export interface RoleOverride {
	name: NamePattern;
	/** Registrable domain the override is limited to; every site when absent. */
	site?: string;
	role: Role;
}

export interface IgnoreEntry {
	name: NamePattern;
	site?: string;
	/** Only this rule; every rule when absent. */
	rule?: string;
}

export interface Settings {
	/** Extra names that mark a cookie as a session cookie. */
	sessionPatterns: NamePattern[];
	roleOverrides: RoleOverride[];
	ignore: IgnoreEntry[];
	/** `long-lifetime` and `jwt-no-expiry` fire beyond this many days. */
	maxSessionLifetimeDays: number;
	/** `weak-token` fires (low) below this many estimated bits; high below half of it. */
	minTokenEntropyBits: number;
	/** Per rule id: another severity, or "off". */
	severityOverrides: Record<string, Severity | "off">;
	maskValues: boolean;
	badge: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	sessionPatterns: [],
	roleOverrides: [],
	ignore: [],
	maxSessionLifetimeDays: 30,
	minTokenEntropyBits: 128,
	severityOverrides: {},
	maskValues: true,
	badge: true,
});

/** Every setting, in the order files and the options page list them. */
export const SETTING_KEYS: readonly (keyof Settings)[] = [
	"sessionPatterns",
	"roleOverrides",
	"ignore",
	"maxSessionLifetimeDays",
	"minTokenEntropyBits",
	"severityOverrides",
	"maskValues",
	"badge",
];
