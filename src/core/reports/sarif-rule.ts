/** One catalogue rule as a SARIF reportingDescriptor (SARIF 2.1.0 §3.49). */
import type { Role, Severity } from "../report.ts";
import { SEVERITIES, worstOf } from "../severity.ts";

/** What the SARIF writer needs from a rule of the catalogue (src/core/rules/catalogue.ts). */
export interface RuleDescriptor {
	id: string;
	title: string;
	description: string;
	/** Severity per role; absent where the rule never fires for that role. */
	severities: Readonly<Partial<Record<Role, Severity | readonly Severity[]>>>;
	helpUri?: string;
}

/** SARIF levels: a finding a team must fix fails the check (error), the rest are advice. */
export const SARIF_LEVEL: Record<Severity, "error" | "warning" | "note"> = {
	high: "error",
	medium: "warning",
	low: "note",
	info: "note",
};

/**
 * GitHub ranks security alerts by this 0–10 score (critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0):
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#reportingdescriptor-object
 */
const SECURITY_SEVERITY: Record<Severity, string> = { high: "7.5", medium: "5.0", low: "3.0", info: "0.1" };

/** The worst severity the rule can have, whatever the cookie's role: it sets the rule's default level. */
export function highestSeverity(rule: RuleDescriptor): Severity {
	const all = Object.values(rule.severities).flatMap((s): readonly Severity[] =>
		typeof s === "string" ? [s] : (s ?? []),
	);
	return worstOf(all.filter((s) => SEVERITIES.includes(s))) ?? "info";
}

/** The rule as SARIF: short and full description, help (with the link when there is one), default level. */
export function sarifRule(rule: RuleDescriptor) {
	const severity = highestSeverity(rule);
	const helpText = rule.helpUri ? `${rule.description}\n\nMore: ${rule.helpUri}` : rule.description;
	return {
		id: rule.id,
		name: pascalCase(rule.id),
		shortDescription: { text: rule.title },
		fullDescription: { text: rule.description },
		help: { text: helpText },
		...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
		defaultConfiguration: { level: SARIF_LEVEL[severity] },
		properties: { tags: ["security", "cookies"], "security-severity": SECURITY_SEVERITY[severity] },
	};
}

/** SARIF viewers show `name` as an identifier (`missing-secure` → `MissingSecure`). */
function pascalCase(id: string): string {
	return id
		.split(/[^a-z0-9]+/i)
		.filter(Boolean)
		.map((part) => part[0]?.toUpperCase() + part.slice(1))
		.join("");
}
