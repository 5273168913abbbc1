/**
 * The `predictable-session-id` finding of a sample: the catalogue's rule, its severity for the
 * cookie's role (one lower for a guessed session, as every rule: src/core/rules/run-rules.ts), its
 * message and its fix. None for an "ok" sample, or for a role the rule does not cover.
 */
import type { SampleFact } from "../audit-input.ts";
import type { Finding, Role, RoleConfidence } from "../report.ts";
import {
	PREDICTABLE_SESSION_ID_FIX,
	predictableMessage,
	predictableSessionId,
} from "../rules/context/predictable-session-id.ts";
import { oneLower } from "../rules/run-rules.ts";
import type { SampleAnalysis } from "./analyze-sample.ts";

/** The audit fact of a sample whose verdict is not "ok". */
export function sampleFact(analysis: SampleAnalysis): SampleFact | undefined {
	if (analysis.verdict === "ok") return undefined;
	return {
		verdict: analysis.verdict,
		samples: analysis.samples,
		estimatedEntropyBits: analysis.entropy.bits,
		reason: analysis.reasons[0] ?? analysis.verdict,
	};
}

export function sampleFinding(
	analysis: SampleAnalysis,
	cookie: { name: string; role: Role; roleConfidence?: RoleConfidence },
): Finding | undefined {
	const fact = sampleFact(analysis);
	const base = predictableSessionId.severities[cookie.role];
	if (!fact || base === undefined) return undefined;
	const severity = cookie.role === "session" && cookie.roleConfidence === "guess" ? oneLower(base) : base;
	return {
		rule: predictableSessionId.id,
		severity,
		message: predictableMessage(cookie.name, fact),
		fix: PREDICTABLE_SESSION_ID_FIX,
	};
}
