/**
 * The rule catalogue (design.md, "Rules"): every rule, in report order. Ids are a public contract
 * (reports, SARIF, ignore lists, the CLI): add rules, never rename them.
 */
import { insecureOrigin } from "./insecure-origin.ts";
import { missingHttponly } from "./missing-httponly.ts";
import { missingSecure } from "./missing-secure.ts";
import type { Rule } from "./rule.ts";
import { samesiteInvalid } from "./samesite-invalid.ts";
import { samesiteMissing } from "./samesite-missing.ts";
import { samesiteNone } from "./samesite-none.ts";

export const RULES: readonly Rule[] = [
	missingSecure,
	insecureOrigin,
	missingHttponly,
	samesiteMissing,
	samesiteNone,
	samesiteInvalid,
];

/** The catalogue entry of a rule id, for reports and SARIF. */
export function findRule(id: string): Rule | undefined {
	return RULES.find((r) => r.id === id);
}
