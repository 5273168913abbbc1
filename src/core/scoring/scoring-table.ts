/**
 * Scoring, as data so the README documents the exact numbers (docs/design.md, "Scoring").
 * A site starts at 100; every finding deducts by severity; one rule counts at most
 * MAX_FINDINGS_PER_RULE times per site (its worst findings), so a rule repeated on many cookies
 * cannot sink the score alone; the grade follows from the score.
 */
import type { Grade, Severity } from "../report.ts";

/** Points deducted per finding. */
export const DEDUCTIONS: Readonly<Record<Severity, number>> = Object.freeze({
	high: 25,
	medium: 10,
	low: 3,
	info: 0,
});

/** Per site and rule, only this many findings (the worst) deduct. */
export const MAX_FINDINGS_PER_RULE = 2;

/** Lowest score for each grade, best first; A+ also needs no finding above info. */
export const GRADE_THRESHOLDS: ReadonlyArray<{ grade: Grade; minScore: number }> = Object.freeze([
	{ grade: "A+", minScore: 100 },
	{ grade: "A", minScore: 90 },
	{ grade: "B", minScore: 80 },
	{ grade: "C", minScore: 70 },
	{ grade: "D", minScore: 60 },
	{ grade: "F", minScore: 0 },
]);
