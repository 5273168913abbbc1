import { describe, expect, test } from "vitest";
import type { CookieReport, Report } from "../report.ts";
import { buildReport } from "./build-report.ts";
import { SAMPLE_COOKIES, SAMPLE_REPORT } from "./sample-report.fixture.ts";
import { JSON_CHUNK_LENGTH, jsonChunks, toJson, toReportJson } from "./to-json.ts";

const EMPTY = buildReport({
	sites: [],
	rejected: [],
	source: { kind: "url" },
	version: "1",
	generatedAt: "x",
});

function withFindings(name: string, fixes: (string | undefined)[]): CookieReport {
	const findings = fixes.map((fix, i) => ({
		rule: `rule-${i}`,
		severity: "low" as const,
		message: `${name} ${i}`,
		...(fix === undefined ? {} : { fix }),
	}));
	return { ...SAMPLE_COOKIES.ga, name, findings };
}

describe("toJson", () => {
	test("writes report@2: each distinct fix text once, findings point at it by fixIndex", () => {
		const report: Report = {
			...EMPTY,
			sites: [
				{ site: "a.test", score: 90, grade: "A", cookies: [withFindings("one", ["Set B.", "Set A."])] },
				{ site: "b.test", score: 90, grade: "A", cookies: [withFindings("two", ["Set A.", undefined])] },
			],
		};
		const json = JSON.parse(toJson(report));
		expect(json.schema).toBe("session-hygiene/report@2");
		expect(json.fixes).toEqual(["Set B.", "Set A."]);
		expect(json.sites[0].cookies[0].findings).toEqual([
			{ rule: "rule-0", severity: "low", message: "one 0", fixIndex: 0 },
			{ rule: "rule-1", severity: "low", message: "one 1", fixIndex: 1 },
		]);
		expect(json.sites[1].cookies[0].findings).toEqual([
			{ rule: "rule-0", severity: "low", message: "two 0", fixIndex: 1 },
			{ rule: "rule-1", severity: "low", message: "two 1" },
		]);
		expect(Object.keys(json)).toEqual([
			"schema",
			"tool",
			"generatedAt",
			"source",
			"fixes",
			"sites",
			"rejected",
		]);
	});

	test.each([
		["the sample report", SAMPLE_REPORT],
		["an empty report", EMPTY],
		[
			"a site without cookies",
			{ ...EMPTY, sites: [{ site: "a.test", score: 100, grade: "A+", cookies: [] }] },
		],
	] as [string, Report][])(
		"%s is JSON.stringify's pretty print of toReportJson, with a newline",
		(_, report) => {
			expect(toJson(report)).toBe(`${JSON.stringify(toReportJson(report), null, 2)}\n`);
		},
	);

	test("version 1 writes report@1: the fix text in every finding and no fixes", () => {
		expect(toJson(SAMPLE_REPORT, { version: 1 })).toBe(
			`${JSON.stringify({ ...SAMPLE_REPORT, schema: "session-hygiene/report@1" }, null, 2)}\n`,
		);
	});

	test("jsonChunks gives the same text in pieces of 1 MiB and at most a batch of cookies more", () => {
		const cookies = Array.from({ length: 12_000 }, (_, i) => withFindings(`c${i}`, ["Set A.", "Set B."]));
		const report: Report = { ...EMPTY, sites: [{ site: "a.test", score: 50, grade: "D", cookies }] };
		const chunks = [...jsonChunks(report)];
		expect(JSON_CHUNK_LENGTH).toBe(1_048_576);
		expect(chunks.length).toBeGreaterThan(4);
		expect(chunks.slice(0, -1).every((c) => c.length >= 1_048_576 && c.length < 1_048_576 + 262_144)).toBe(
			true,
		);
		expect(chunks.join("")).toBe(`${JSON.stringify(toReportJson(report), null, 2)}\n`);
	});
});
