/** A site's score and grade from its findings, by the numbers of scoring-table.ts. */
import { type Finding, type Grade, severityRank } from "../report.ts";
import { DEDUCTIONS, GRADE_THRESHOLDS, MAX_FINDINGS_PER_RULE } from "./scoring-table.ts";

export interface SiteScore {
	score: number;
	grade: Grade;
}

/** Points a site loses: per rule, the worst MAX_FINDINGS_PER_RULE findings deduct. */
export function deductionFor(findings: readonly Pick<Finding, "rule" | "severity">[]): number {
	const byRule = new Map<string, number[]>();
	for (const f of findings) {
		const list = byRule.get(f.rule) ?? [];
		list.push(DEDUCTIONS[f.severity]);
		byRule.set(f.rule, list);
	}
	let total = 0;
	for (const points of byRule.values()) {
		total += points
			.sort((a, b) => b - a)
			.slice(0, MAX_FINDINGS_PER_RULE)
			.reduce((sum, p) => sum + p, 0);
	}
	return total;
}

/** The grade of a score; A+ only when nothing above info was found. */
export function gradeFor(score: number, worstRank: number): Grade {
	const aPlusBlocked = worstRank > severityRank("info");
	const entry = GRADE_THRESHOLDS.find((t) => score >= t.minScore && !(t.grade === "A+" && aPlusBlocked));
	return entry?.grade ?? "F";
}

/** Scores all findings of one site (0–100) and grades it. */
export function scoreSite(findings: readonly Pick<Finding, "rule" | "severity">[]): SiteScore {
	const score = Math.max(0, 100 - deductionFor(findings));
	const worst = findings.reduce((m, f) => Math.max(m, severityRank(f.severity)), 0);
	return { score, grade: gradeFor(score, worst) };
}
