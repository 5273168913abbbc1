/**
 * The `sample` command's result, `session-hygiene/sample@1` (docs/design.md, "Version 2";
 * docs/sample.schema.json): the contract's fields (url, cookie, samples, distinct, estimatedEntropyBits,
 * verdict, tests, findings) and, added beside them, how the cookie was picked, the entropy's confidence,
 * the per-position bits, the skipped tests and the reasons. Never a sampled value.
 */
import type { Finding } from "../../core/report.ts";
import type { SampleAnalysis } from "../../core/sample/analyze-sample.ts";
import { sampleFinding } from "../../core/sample/sample-finding.ts";
import type { PickedCookie } from "./pick-cookie.ts";

export const SAMPLE_SCHEMA = "session-hygiene/sample@1";

export interface SampleResult {
	schema: typeof SAMPLE_SCHEMA;
	tool: { name: "session-hygiene"; version: string };
	generatedAt: string;
	url: string;
	cookie: string;
	picked: Omit<PickedCookie, "name">;
	/** Responses that set the cookie. */
	samples: number;
	/** Responses that did not set it (they are left out of the sample). */
	missing: number;
	distinct: number;
	estimatedEntropyBits: number;
	entropy: SampleAnalysis["entropy"];
	randomPart: SampleAnalysis["randomPart"];
	encoding?: string;
	positionBits: number[];
	verdict: SampleAnalysis["verdict"];
	reasons: string[];
	tests: SampleAnalysis["tests"];
	skipped: SampleAnalysis["skipped"];
	findings: Finding[];
}

export function sampleResult(
	analysis: SampleAnalysis,
	context: { url: string; picked: PickedCookie; missing: number; version: string; generatedAt: string },
): SampleResult {
	const { name, ...picked } = context.picked;
	const finding = sampleFinding(analysis, context.picked);
	return {
		schema: SAMPLE_SCHEMA,
		tool: { name: "session-hygiene", version: context.version },
		generatedAt: context.generatedAt,
		url: context.url,
		cookie: name,
		picked,
		samples: analysis.samples,
		missing: context.missing,
		distinct: analysis.distinct,
		estimatedEntropyBits: analysis.entropy.bits,
		entropy: analysis.entropy,
		randomPart: analysis.randomPart,
		...(analysis.encoding ? { encoding: analysis.encoding } : {}),
		positionBits: analysis.positionBits,
		verdict: analysis.verdict,
		reasons: analysis.reasons,
		tests: analysis.tests,
		skipped: analysis.skipped,
		findings: finding ? [finding] : [],
	};
}
