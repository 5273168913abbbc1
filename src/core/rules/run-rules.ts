/** Runs the catalogue on one cookie: role severities, the user's severity overrides and ignore list. */
import type { Finding, Role, Severity } from "../report.ts";
import { sortFindings } from "../severity.ts";
import { RULES } from "./catalogue.ts";
import { applySeverityOverride, isIgnored } from "./ignore.ts";
import type { Rule, RuleContext } from "./rule.ts";

/** The rules that have a severity for each role, per catalogue, in catalogue order. */
const applicable = new WeakMap<readonly Rule[], Readonly<Record<Role, readonly Rule[]>>>();

function rulesFor(rules: readonly Rule[], role: Role): readonly Rule[] {
	let byRole = applicable.get(rules);
	if (!byRole) {
		const of = (r: Role) => rules.filter((rule) => rule.severities[r] !== undefined);
		byRole = { session: of("session"), csrf: of("csrf"), other: of("other") };
		applicable.set(rules, byRole);
	}
	return byRole[role];
}

/**
 * A guessed session (docs/design.md, "Roles": roleConfidence) may be a visitor id: its findings are one
 * severity lower than a known or likely session's, so a guess never raises a high.
 */
const LOWER: Readonly<Record<Severity, Severity>> = {
	high: "medium",
	medium: "low",
	low: "info",
	info: "info",
};

export function oneLower(severity: Severity): Severity {
	return LOWER[severity];
}

function runOne(rule: Rule, ctx: RuleContext): Finding | undefined {
	const base = rule.severities[ctx.role];
	if (base === undefined) return undefined;
	const { ignore } = ctx.settings;
	if (ignore.length > 0 && isIgnored(ignore, ctx.cookie.name, ctx.site, rule.id)) return undefined;
	const hit = rule.check(ctx);
	if (!hit) return undefined;
	const found = hit.severity ?? base;
	const severity = applySeverityOverride(
		ctx.settings,
		rule.id,
		ctx.roleConfidence === "guess" && ctx.role === "session" ? oneLower(found) : found,
	);
	if (severity === undefined) return undefined;
	return hit.fix === undefined
		? { rule: rule.id, severity, message: hit.message }
		: { rule: rule.id, severity, message: hit.message, fix: hit.fix };
}

/** Findings for one cookie, in the order of src/core/severity.ts: worst first, then catalogue order. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
	const findings: Finding[] = [];
	for (const rule of rulesFor(rules, ctx.role)) {
		const finding = runOne(rule, ctx);
		if (finding) findings.push(finding);
	}
	// A copy of exact length: a pushed-to array keeps spare capacity, and the report keeps every one.
	return findings.length === 0 ? [] : sortFindings(findings).slice();
}
