/** The ignore list (settings.ignore) and severity overrides, which apply to every rule. */
import type { Severity } from "../report.ts";
import { matchesName } from "../roles/name-pattern.ts";
import type { IgnoreEntry, Settings } from "../settings/settings.ts";
import { siteOf } from "../site/site-key.ts";

/** True when an entry silences this rule for this cookie name on this site. */
export function isIgnored(
	entries: readonly IgnoreEntry[],
	name: string,
	site: string,
	rule: string,
): boolean {
	return entries.some(
		(e) =>
			(e.rule === undefined || e.rule === rule) &&
			(e.site === undefined || siteOf(e.site) === site) &&
			matchesName(e.name, name),
	);
}

/** The severity after the user's override: another severity, or undefined when the rule is off. */
export function applySeverityOverride(
	settings: Settings,
	rule: string,
	severity: Severity,
): Severity | undefined {
	const override = settings.severityOverrides[rule];
	if (override === "off") return undefined;
	return override ?? severity;
}
