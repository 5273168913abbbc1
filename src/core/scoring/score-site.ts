/** A site's score and grade from its findings, by the numbers of scoring-table.ts. */
import type { Finding, Grade, Severity } from "../report.ts";
import { severityRank, worstSeverity } from "../severity.ts";
import { DEDUCTIONS, GRADE_THRESHOLDS, MAX_FINDINGS_PER_RULE } from "./scoring-table.ts";

export interface SiteScore {
	score: number;
	grade: Grade;
}

/** Points a site loses: per rule, the worst MAX_FINDINGS_PER_RULE findings deduct. */
export function deductionFor(findings: readonly Pick<Finding, "rule" | "severity">[]): number {
	// Only each rule's worst MAX_FINDINGS_PER_RULE points are kept, in descending order: a site of
	// thousands of cookies no longer sorts every finding's points (`npm run bench`).
	const byRule = new Map<string, number[]>();
	for (const f of findings) {
		const worst = byRule.get(f.rule) ?? [];
		if (worst.length === 0) byRule.set(f.rule, worst);
		keepWorst(worst, DEDUCTIONS[f.severity]);
	}
	let total = 0;
	for (const worst of byRule.values()) for (const p of worst) total += p;
	return total;
}

/** Inserts `points` into a descending list capped at MAX_FINDINGS_PER_RULE entries. */
function keepWorst(worst: number[], points: number): void {
	let i = worst.length;
	while (i > 0 && (worst[i - 1] as number) < points) i--;
	if (i >= MAX_FINDINGS_PER_RULE) return;
	worst.splice(i, 0, points);
	if (worst.length > MAX_FINDINGS_PER_RULE) worst.pop();
}

/** The grade of a score; A+ only when nothing above info was found. */
export function gradeFor(score: number, worst: Severity | null): Grade {
	const aPlusBlocked = worst !== null && severityRank(worst) > severityRank("info");
	const entry = GRADE_THRESHOLDS.find((t) => score >= t.minScore && !(t.grade === "A+" && aPlusBlocked));
	return entry?.grade ?? "F";
}

/** Scores all findings of one site (0–100) and grades it. */
export function scoreSite(findings: readonly Pick<Finding, "rule" | "severity">[]): SiteScore {
	const score = Math.max(0, 100 - deductionFor(findings));
	return { score, grade: gradeFor(score, worstSeverity(findings)) };
}
