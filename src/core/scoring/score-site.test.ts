import { expect, test } from "vitest";
import type { Finding } from "../report.ts";
import { scoreSite } from "./score-site.ts";
import { DEDUCTIONS, GRADE_THRESHOLDS, MAX_FINDINGS_PER_RULE } from "./scoring-table.ts";

const f = (rule: string, severity: Finding["severity"]) => ({ rule, severity });

test.each([
	["no findings", [], 100, "A+"],
	["only info findings", [f("default-session-name", "info")], 100, "A+"],
	["one low finding", [f("prefix-missing", "low")], 97, "A"],
	["one medium finding", [f("samesite-missing", "medium")], 90, "A"],
	[
		"two medium findings of different rules",
		[f("samesite-missing", "medium"), f("broad-domain", "medium")],
		80,
		"B",
	],
	["one high finding", [f("missing-secure", "high")], 75, "C"],
	["one high and one medium", [f("missing-secure", "high"), f("broad-domain", "medium")], 65, "D"],
	["two high findings", [f("missing-secure", "high"), f("missing-httponly", "high")], 50, "F"],
	["five high rules (never below 0)", ["a", "b", "c", "d", "e"].map((r) => f(r, "high")), 0, "F"],
] as const)("%s → %i (%s)", (_, findings, score, grade) => {
	expect(scoreSite(findings)).toEqual({ score, grade });
});

test("one rule repeated on many cookies counts only its worst findings", () => {
	const many = Array.from({ length: 20 }, () => f("samesite-missing", "medium"));
	expect(scoreSite(many).score).toBe(100 - MAX_FINDINGS_PER_RULE * DEDUCTIONS.medium);
	const mixed = [
		f("weak-token", "low"),
		f("weak-token", "high"),
		f("weak-token", "low"),
		f("weak-token", "high"),
	];
	expect(scoreSite(mixed).score).toBe(100 - 2 * DEDUCTIONS.high);
});

test("the table is ordered best grade first, ending at F from 0", () => {
	const mins = GRADE_THRESHOLDS.map((t) => t.minScore);
	expect([...mins].sort((a, b) => b - a)).toEqual(mins);
	expect(GRADE_THRESHOLDS.at(-1)).toEqual({ grade: "F", minScore: 0 });
});
