import { describe, expect, test } from "vitest";
import type { Finding, Severity } from "./report.ts";
import { SAMPLE_COOKIES } from "./reports/sample-report.fixture.ts";
import {
	compareFindings,
	cookiesInOrder,
	countBySeverity,
	findingsInOrder,
	SEVERITIES,
	severityRank,
	sortFindings,
	worstOf,
	worstSeverity,
} from "./severity.ts";

const finding = (rule: string, severity: Severity): Finding => ({ rule, severity, message: rule });
const rules = (findings: readonly Finding[]) => findings.map((f) => `${f.severity} ${f.rule}`);

describe("severity", () => {
	test("the list is worst first and the rank follows it", () => {
		expect(SEVERITIES).toEqual(["high", "medium", "low", "info"]);
		expect(SEVERITIES.map(severityRank)).toEqual([4, 3, 2, 1]);
	});

	test("findings come worst first, then in catalogue order, unknown rules last by id", () => {
		const findings = [
			finding("zz-newer-rule", "high"),
			finding("samesite-missing", "medium"),
			finding("missing-httponly", "high"),
			finding("aa-newer-rule", "high"),
			finding("oversized", "info"),
			finding("missing-secure", "high"),
		];
		expect(rules(findingsInOrder(findings))).toEqual([
			"high missing-secure",
			"high missing-httponly",
			"high aa-newer-rule",
			"high zz-newer-rule",
			"medium samesite-missing",
			"info oversized",
		]);
		expect(findings[0]?.rule).toBe("zz-newer-rule");
	});

	test("sortFindings sorts in place, and the comparison is zero only for the same rule and severity", () => {
		const findings = [finding("missing-httponly", "low"), finding("missing-secure", "low")];
		expect(sortFindings(findings)).toBe(findings);
		expect(rules(findings)).toEqual(["low missing-secure", "low missing-httponly"]);
		expect(compareFindings(finding("weak-token", "low"), finding("weak-token", "low"))).toBe(0);
		expect(compareFindings(finding("weak-token", "low"), finding("weak-token", "high"))).toBeGreaterThan(0);
	});

	test("the worst of some severities, or null for none", () => {
		expect(worstOf(["info", "medium", "low"])).toBe("medium");
		expect(worstOf([])).toBeNull();
		expect(worstSeverity(SAMPLE_COOKIES.sid.findings)).toBe("high");
		expect(worstSeverity([])).toBeNull();
	});

	test("cookies come worst first and clean cookies last, equal ones by name", () => {
		const { sid, ga, theme, csrf } = SAMPLE_COOKIES;
		const quiet = { ...theme, name: "a-quiet-one" };
		expect(cookiesInOrder([theme, ga, quiet, csrf, sid]).map((c) => c.name)).toEqual([
			"sid",
			"csrftoken",
			"_ga",
			"a-quiet-one",
			"theme|dark",
		]);
	});

	test("counts the findings of every cookie per severity", () => {
		const { sid, ga, theme, csrf } = SAMPLE_COOKIES;
		expect(countBySeverity([sid, ga, theme, csrf])).toEqual({ high: 1, medium: 2, low: 0, info: 1 });
		expect(countBySeverity([])).toEqual({ high: 0, medium: 0, low: 0, info: 0 });
	});
});
