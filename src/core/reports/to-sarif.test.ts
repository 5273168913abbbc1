import { describe, expect, test } from "vitest";
import type { Report } from "../report.ts";
import { SAMPLE_REPORT, SAMPLE_RULES } from "./sample-report.fixture.ts";
import { highestSeverity } from "./sarif-rule.ts";
import { toSarif } from "./to-sarif.ts";

interface SarifResult {
	ruleId: string;
	level: string;
	message: { text: string };
	properties: Record<string, unknown>;
	locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
}

interface SarifLog {
	$schema: string;
	version: string;
	runs: {
		tool: {
			driver: { name: string; version: string; informationUri?: string; rules: Record<string, unknown>[] };
		};
		results: SarifResult[];
	}[];
}

describe("toSarif", () => {
	const log = JSON.parse(toSarif(SAMPLE_REPORT, SAMPLE_RULES)) as SarifLog;
	const run = log.runs[0];

	test("is one SARIF 2.1.0 run of session-hygiene", () => {
		expect(log.version).toBe("2.1.0");
		expect(log.$schema).toMatch(/sarif-2\.1\.0/);
		expect(log.runs).toHaveLength(1);
		expect(run?.tool.driver).toMatchObject({ name: "session-hygiene", version: "9.9.9" });
		expect(run?.tool.driver.informationUri).toBeUndefined();
	});

	test("describes every catalogue rule, with its worst severity as the default level", () => {
		expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(SAMPLE_RULES.map((r) => r.id));
		expect(run?.tool.driver.rules[0]).toMatchObject({
			id: "missing-secure",
			name: "MissingSecure",
			shortDescription: { text: "Missing Secure" },
			fullDescription: { text: "No Secure attribute." },
			help: { text: "No Secure attribute." },
			defaultConfiguration: { level: "error" },
			properties: { "security-severity": "7.5" },
		});
		expect(run?.tool.driver.rules[3]).toMatchObject({ helpUri: "https://example.org/samesite-none" });
		expect(run?.tool.driver.rules[4]).toMatchObject({ defaultConfiguration: { level: "note" } });
	});

	test("has one result per finding with rule, level, message and location", () => {
		expect(run?.results).toHaveLength(4);
		const high = run?.results.find((r) => r.ruleId === "missing-secure");
		expect(high).toMatchObject({
			ruleIndex: 0,
			level: "error",
			properties: { severity: "high", role: "session", roleConfidence: "likely", site: "example.com" },
			locations: [
				{
					physicalLocation: { artifactLocation: { uri: "http://app.example.com/" } },
					logicalLocations: [{ name: "sid@app.example.com /" }],
				},
			],
		});
		expect(high?.message.text).toContain("sid is sent over plain http\nFix: Add Secure.");
		expect(high?.properties).not.toHaveProperty("knownAs");
		expect(run?.results.find((r) => r.ruleId === "missing-httponly")?.properties).toMatchObject({
			role: "other",
			roleConfidence: "known",
			knownAs: {
				platform: "Google Analytics",
				category: "analytics",
				description: "ID used to identify users",
			},
		});
		expect(run?.results.map((r) => r.level).sort()).toEqual(["error", "note", "warning", "warning"]);
	});

	test("locates cookies of other hosts at their own domain", () => {
		const other = run?.results.find((r) => r.ruleId === "samesite-none");
		expect(other?.locations[0]?.physicalLocation.artifactLocation.uri).toBe("https://other.test/");
	});

	test("adds informationUri when given", () => {
		const withUri = JSON.parse(
			toSarif(SAMPLE_REPORT, SAMPLE_RULES, { informationUri: "https://x.test" }),
		) as SarifLog;
		expect(withUri.runs[0]?.tool.driver.informationUri).toBe("https://x.test");
	});

	test("takes the worst severity over roles, lists included", () => {
		expect(
			highestSeverity({
				id: "w",
				title: "",
				description: "",
				severities: { session: ["high", "low"], csrf: "medium" },
			}),
		).toBe("high");
		expect(highestSeverity({ id: "x", title: "", description: "", severities: {} })).toBe("info");
	});
});

describe("toSarif for refused headers", () => {
	const refused = (browsers?: Report["rejected"][number]["browsers"]): Report => ({
		...SAMPLE_REPORT,
		sites: [],
		rejected: [
			{
				setCookie: "__Host-id=…; Secure",
				url: "https://app.example.com/login",
				reason: "prefix-violation",
				message: 'Refused cookie "__Host-id": the __Host- prefix needs Path=/.',
				...(browsers ? { browsers } : {}),
			},
		],
	});
	const results = (report: Report) =>
		(JSON.parse(toSarif(report, SAMPLE_RULES)) as SarifLog).runs[0]?.results;

	test("a header one browser refuses and the other stores is a browser-inconsistent result", () => {
		expect(results(refused({ chromium: "refused", firefox: "stored" }))).toEqual([
			{
				ruleId: "browser-inconsistent",
				level: "note",
				message: {
					text: 'Refused cookie "__Host-id": the __Host- prefix needs Path=/.\nFix: __Host- needs Secure, Path=/ and no Domain; __Secure- needs Secure: add what is missing, or drop the prefix.',
				},
				locations: [
					{
						physicalLocation: { artifactLocation: { uri: "https://app.example.com/login" } },
						logicalLocations: [
							{
								name: 'cookie "__Host-id"',
								fullyQualifiedName: 'https://app.example.com/login/cookie "__Host-id"',
								kind: "resource",
							},
						],
					},
				],
				partialFingerprints: {
					"sessionHygieneCookie/v1":
						'browser-inconsistent|https://app.example.com/login|cookie "__Host-id"|prefix-violation',
				},
				properties: { severity: "low", cookie: 'cookie "__Host-id"', reason: "prefix-violation" },
			},
		]);
	});

	test("a header both browsers refuse gets no result", () => {
		expect(results(refused())).toEqual([]);
	});
});
