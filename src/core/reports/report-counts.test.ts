import { describe, expect, test } from "vitest";
import type { Severity } from "../report.ts";
import { describeCounts, reachesThreshold, reportCounts } from "./report-counts.ts";
import { SAMPLE_COOKIES, SAMPLE_REPORT } from "./sample-report.fixture.ts";

describe("report counts", () => {
	test("counts every finding of every site", () => {
		expect(reportCounts(SAMPLE_REPORT)).toEqual({ high: 1, medium: 2, low: 0, info: 1 });
		expect(describeCounts(reportCounts(SAMPLE_REPORT))).toBe("4 findings (1 high, 2 medium, 1 info)");
		expect(describeCounts({ high: 0, medium: 0, low: 0, info: 0 })).toBe("no findings");
	});

	test.each<[Severity | "none", boolean]>([
		["high", true],
		["medium", true],
		["low", true],
		["info", true],
		["none", false],
	])("a report with a high finding reaches --fail-on %s: %s", (threshold, expected) => {
		expect(reachesThreshold(SAMPLE_REPORT, threshold)).toBe(expected);
	});

	test("a report whose worst finding is info reaches only info", () => {
		const report = {
			...SAMPLE_REPORT,
			sites: [{ site: "x", score: 99, grade: "A" as const, cookies: [SAMPLE_COOKIES.ga] }],
		};
		expect(reachesThreshold(report, "low")).toBe(false);
		expect(reachesThreshold(report, "info")).toBe(true);
	});
});
