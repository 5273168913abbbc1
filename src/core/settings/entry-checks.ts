/** Checks of the settings' own kinds of value: sites, rule ids, roles, severities, comments, list entries. */
import type { Role, Severity } from "../report.ts";
import { SEVERITIES } from "../severity.ts";
import { checkString, type Issues, isPlainObject } from "./field-checks.ts";
import { SETTINGS_LIMITS } from "./limits.ts";
import { checkNamePattern } from "./name-pattern-check.ts";
import type { IgnoreEntry, RoleOverride } from "./settings.ts";

/** Files may explain themselves: JSON has no comments, so every object accepts a "$comment" string. */
export const COMMENT_KEY = "$comment";
export const ROLES: readonly Role[] = ["session", "csrf", "other"];
export const LEVELS: readonly (Severity | "off")[] = [...SEVERITIES, "off"];
/** A host name, not a URL: no scheme, path, credentials, wildcard or spaces (schema: $defs.site). */
const SITE_SHAPE = /^[^\s/?#@*,;]+$/u;

export interface CheckContext {
	issues: Issues;
	knownRules: ReadonlySet<string>;
}

type FieldCheck = (value: unknown, path: string, ctx: CheckContext) => unknown;

export function checkComment(value: unknown, path: string, ctx: CheckContext): string | undefined {
	return checkString(value, path, ctx.issues, { what: "a comment", max: SETTINGS_LIMITS.commentLength });
}

export function checkSite(value: unknown, path: string, ctx: CheckContext): string | undefined {
	const site = checkString(value, path, ctx.issues, { what: "a site", max: SETTINGS_LIMITS.siteLength });
	if (site === undefined || SITE_SHAPE.test(site)) return site;
	return ctx.issues.mustBe(path, "a site such as example.com, without scheme, path or spaces", site);
}

export function checkRuleId(value: unknown, path: string, ctx: CheckContext): string | undefined {
	if (typeof value !== "string") return ctx.issues.mustBe(path, "a rule id", value);
	if (!ctx.knownRules.has(value)) return ctx.issues.add(path, `${path}: unknown rule "${value}"`);
	return value;
}

export function checkOneOf<T extends string>(options: readonly T[]) {
	return (value: unknown, path: string, ctx: CheckContext): T | undefined =>
		options.includes(value as T)
			? (value as T)
			: ctx.issues.mustBe(path, `one of ${options.join(", ")}`, value);
}

/** An object with exactly these fields (plus a comment); undefined when any field is bad or missing. */
function checkEntry(
	value: unknown,
	path: string,
	ctx: CheckContext,
	fields: Record<string, { check: FieldCheck; required: boolean }>,
): Record<string, unknown> | undefined {
	if (!isPlainObject(value)) return ctx.issues.mustBe(path, "an object", value);
	let ok = true;
	const entry: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		const field =
			key === COMMENT_KEY ? { check: checkComment } : Object.hasOwn(fields, key) ? fields[key] : undefined;
		if (!field) {
			ctx.issues.add(path, `${path}: unknown key "${key}"`);
			ok = false;
			continue;
		}
		const checked = field.check(item, `${path}.${key}`, ctx);
		if (checked === undefined) ok = false;
		else if (key !== COMMENT_KEY) entry[key] = checked;
	}
	for (const [key, field] of Object.entries(fields)) {
		if (field.required && !Object.hasOwn(value, key)) {
			ctx.issues.add(`${path}.${key}`, `${path}.${key} is missing`);
			ok = false;
		}
	}
	return ok ? entry : undefined;
}

const pattern: FieldCheck = (v, p, ctx) => checkNamePattern(v, p, ctx.issues);

export function checkRoleOverride(value: unknown, path: string, ctx: CheckContext): RoleOverride | undefined {
	return checkEntry(value, path, ctx, {
		name: { check: pattern, required: true },
		site: { check: checkSite, required: false },
		role: { check: checkOneOf(ROLES), required: true },
	}) as RoleOverride | undefined;
}

export function checkIgnoreEntry(value: unknown, path: string, ctx: CheckContext): IgnoreEntry | undefined {
	return checkEntry(value, path, ctx, {
		name: { check: pattern, required: true },
		site: { check: checkSite, required: false },
		rule: { check: checkRuleId, required: false },
	}) as IgnoreEntry | undefined;
}
