/**
 * `--config`: the settings file the extension's options page exports (src/core/settings.ts), merged over
 * DEFAULT_SETTINGS. Every field is checked for its type and a bad one is named by its path, because a
 * typo in a CI config must fail loudly rather than silently audit with the defaults.
 */
import { type Role, SEVERITIES, type Severity } from "../core/report.ts";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings.ts";
import { CliError } from "./cli-error.ts";
import {
	check,
	checkArray,
	checkObject,
	checkPattern,
	isBoolean,
	isNonNegativeNumber,
	isString,
	type Path,
} from "./value-checks.ts";

const ROLES: readonly Role[] = ["session", "csrf", "other"];
const LEVELS: readonly (Severity | "off")[] = [...SEVERITIES, "off"];
const isRole = (x: unknown): x is Role => ROLES.includes(x as Role);
const isLevel = (x: unknown): x is Severity | "off" => LEVELS.includes(x as Severity);
type Validators = { [K in keyof Settings]: (value: unknown, path: Path) => Settings[K] };

/** Checks a parsed settings file and merges it over the defaults; `knownRules` catches misspelt rule ids. */
export function validateSettings(raw: unknown, knownRules: ReadonlySet<string>): Settings {
	const input = checkObject(raw, "the settings");
	const validators = settingValidators(knownRules);
	const settings: Settings = structuredClone({ ...DEFAULT_SETTINGS });
	for (const [key, value] of Object.entries(input)) {
		if (!Object.hasOwn(validators, key)) {
			throw new CliError(`unknown setting "${key}" (known: ${Object.keys(validators).join(", ")})`);
		}
		const field = key as keyof Settings;
		Object.assign(settings, { [field]: validators[field](value, field) });
	}
	return settings;
}

function settingValidators(knownRules: ReadonlySet<string>): Validators {
	const ruleId = (value: unknown, path: Path) => {
		const id = check(value, path, isString, "a rule id");
		if (knownRules.size > 0 && !knownRules.has(id)) throw new CliError(`${path}: unknown rule "${id}"`);
		return id;
	};
	return {
		sessionPatterns: (v, p) => checkArray(v, p, checkPattern),
		roleOverrides: (v, p) =>
			checkArray(v, p, (item, ip) =>
				checkObject(item, ip, {
					name: checkPattern,
					site: { optional: (s, sp) => check(s, sp, isString, "a site") },
					role: (r, rp) => check(r, rp, isRole, `one of ${ROLES.join(", ")}`),
				}),
			),
		ignore: (v, p) =>
			checkArray(v, p, (item, ip) =>
				checkObject(item, ip, {
					name: checkPattern,
					site: { optional: (s, sp) => check(s, sp, isString, "a site") },
					rule: { optional: ruleId },
				}),
			),
		maxSessionLifetimeDays: (v, p) => check(v, p, isNonNegativeNumber, "a number of days (0 or more)"),
		minTokenEntropyBits: (v, p) => check(v, p, isNonNegativeNumber, "a number of bits (0 or more)"),
		severityOverrides: (v, p) => severityOverrides(v, p, ruleId),
		maskValues: (v, p) => check(v, p, isBoolean, "true or false"),
		badge: (v, p) => check(v, p, isBoolean, "true or false"),
	};
}

function severityOverrides(
	value: unknown,
	path: Path,
	ruleId: (v: unknown, p: Path) => string,
): Settings["severityOverrides"] {
	const entries = Object.entries(checkObject(value, path));
	return Object.fromEntries(
		entries.map(([rule, level]) => [
			ruleId(rule, `${path} key`),
			check(level, `${path}.${rule}`, isLevel, `one of ${LEVELS.join(", ")}`),
		]),
	) as Settings["severityOverrides"];
}
