/**
 * The one validator of settings files, shared by the options page, the background and the CLI's `--config`.
 * It accepts exactly what docs/settings.schema.json accepts (a unit test runs both over the same inputs)
 * and is hand-written because the extension's CSP forbids the code generation schema compilers use.
 * A valid file is merged over DEFAULT_SETTINGS; an invalid one yields every problem and no settings, so
 * nothing changes until the whole file is valid.
 */
import { RULE_IDS } from "../rules/rule-ids.ts";
import {
	type CheckContext,
	COMMENT_KEY,
	checkComment,
	checkIgnoreEntry,
	checkOneOf,
	checkRoleOverride,
	checkRuleId,
	LEVELS,
} from "./entry-checks.ts";
import {
	checkBoolean,
	checkList,
	checkNumber,
	checkString,
	describe,
	Issues,
	isPlainObject,
	type SettingsIssue,
} from "./field-checks.ts";
import { SETTINGS_LIMITS } from "./limits.ts";
import { checkNamePattern } from "./name-pattern-check.ts";
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from "./settings.ts";

export type { SettingsIssue };
export type SettingsResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

export interface ValidateOptions {
	/** Rule ids severityOverrides and ignore may name; the whole catalogue by default. */
	knownRules?: ReadonlySet<string>;
}

type Check<K extends keyof Settings> = (
	value: unknown,
	path: string,
	ctx: CheckContext,
) => Settings[K] | undefined;

const { listItems } = SETTINGS_LIMITS;
const CHECKS: { [K in keyof Settings]: Check<K> } = {
	sessionPatterns: (v, p, ctx) =>
		checkList(v, p, ctx.issues, listItems, (i, ip) => checkNamePattern(i, ip, ctx.issues)),
	roleOverrides: (v, p, ctx) =>
		checkList(v, p, ctx.issues, listItems, (i, ip) => checkRoleOverride(i, ip, ctx)),
	ignore: (v, p, ctx) => checkList(v, p, ctx.issues, listItems, (i, ip) => checkIgnoreEntry(i, ip, ctx)),
	maxSessionLifetimeDays: (v, p, ctx) =>
		checkNumber(v, p, ctx.issues, { what: "a number of days", max: SETTINGS_LIMITS.maxLifetimeDays }),
	minTokenEntropyBits: (v, p, ctx) =>
		checkNumber(v, p, ctx.issues, { what: "a number of bits", max: SETTINGS_LIMITS.maxEntropyBits }),
	severityOverrides: checkSeverityOverrides,
	maskValues: (v, p, ctx) => checkBoolean(v, p, ctx.issues),
	badge: (v, p, ctx) => checkBoolean(v, p, ctx.issues),
};

function checkSeverityOverrides(
	value: unknown,
	path: string,
	ctx: CheckContext,
): Settings["severityOverrides"] | undefined {
	if (!isPlainObject(value)) return ctx.issues.mustBe(path, "an object", value);
	const level = checkOneOf(LEVELS);
	let ok = true;
	const result: Settings["severityOverrides"] = {};
	for (const [key, item] of Object.entries(value)) {
		if (key === COMMENT_KEY) {
			ok = checkComment(item, `${path}.${key}`, ctx) !== undefined && ok;
			continue;
		}
		const rule = checkRuleId(key, path, ctx);
		const severity = level(item, `${path}.${key}`, ctx);
		if (rule === undefined || severity === undefined) ok = false;
		else result[rule] = severity;
	}
	return ok ? result : undefined;
}

/** A fresh copy of the defaults, so callers may mutate what they get. */
export function defaultSettings(): Settings {
	return { ...DEFAULT_SETTINGS, sessionPatterns: [], roleOverrides: [], ignore: [], severityOverrides: {} };
}

function checkTopLevel(input: Record<string, unknown>, ctx: CheckContext): Settings {
	const settings = defaultSettings();
	for (const [key, value] of Object.entries(input)) {
		if (key === COMMENT_KEY) checkComment(value, key, ctx);
		else if (key === "$schema") checkString(value, key, ctx.issues, { what: "a schema URI", max: 2000 });
		else if (Object.hasOwn(CHECKS, key)) {
			const field = key as keyof Settings;
			const checked = CHECKS[field](value, field, ctx);
			if (checked !== undefined) Object.assign(settings, { [field]: checked });
		} else {
			ctx.issues.add(key, `unknown setting "${key}" (known: ${SETTING_KEYS.join(", ")})`);
		}
	}
	return settings;
}

/** Checks a parsed settings file; every setting it leaves out keeps its default. */
export function validateSettings(raw: unknown, options: ValidateOptions = {}): SettingsResult {
	const issues = new Issues();
	if (!isPlainObject(raw)) {
		return {
			ok: false,
			issues: [{ path: "", message: `the settings must be an object (got ${describe(raw)})` }],
		};
	}
	const knownRules = options.knownRules ?? new Set(RULE_IDS);
	const settings = checkTopLevel(raw, { issues, knownRules });
	return issues.list.length === 0 ? { ok: true, settings } : { ok: false, issues: issues.list };
}
