/** Runs the catalogue on one cookie: role severities, the user's severity overrides and ignore list. */
import type { Finding } from "../report.ts";
import { severityRank } from "../report.ts";
import { RULES } from "./catalogue.ts";
import { applySeverityOverride, isIgnored } from "./ignore.ts";
import type { Rule, RuleContext } from "./rule.ts";

function runOne(rule: Rule, ctx: RuleContext): Finding | undefined {
	const base = rule.severities[ctx.role];
	if (base === undefined) return undefined;
	if (isIgnored(ctx.settings.ignore, ctx.cookie.name, ctx.site, rule.id)) return undefined;
	const hit = rule.check(ctx);
	if (!hit) return undefined;
	const severity = applySeverityOverride(ctx.settings, rule.id, hit.severity ?? base);
	if (severity === undefined) return undefined;
	return {
		rule: rule.id,
		severity,
		message: hit.message,
		...(hit.fix === undefined ? {} : { fix: hit.fix }),
	};
}

/** Findings for one cookie, worst first (catalogue order among equals). */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
	const findings = rules.flatMap((rule) => runOne(rule, ctx) ?? []);
	return findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}
