import { describe, expect, test } from "vitest";
import type { Report, Severity } from "../core/report.ts";
import { RULES } from "../core/rules/catalogue.ts";
import { runCli } from "./testing/cli-harness.ts";
import { reportSchemaErrors } from "./testing/report-schema-ajv.ts";

const FROM = "http://app.example.test/";
const headers = (...setCookies: string[]) => [
	"audit",
	"--from",
	FROM,
	...setCookies.flatMap((h) => ["--set-cookie", h]),
];
const MIXED = headers(
	"sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b; Path=/",
	"theme=dark; Path=/; Max-Age=600",
	"=nameless",
);

async function jsonReport(argv: string[]): Promise<Report> {
	const run = await runCli([...argv, "--format", "json"]);
	expect(run.stderr).toBe("");
	return JSON.parse(run.stdout) as Report;
}

const findings = (report: Report) => report.sites.flatMap((s) => s.cookies.flatMap((c) => c.findings));

describe("audit --from --set-cookie", () => {
	test("--format json conforms to docs/report.schema.json", async () => {
		const report = await jsonReport([...MIXED, "--show-values"]);
		expect(reportSchemaErrors(report)).toEqual([]);
		expect(report.source).toEqual({ kind: "headers", url: FROM });
		expect(report.generatedAt).toBe("2030-01-01T00:00:00.000Z");
		expect(findings(report).length).toBeGreaterThan(0);
	});

	test("--report-version 1 writes report@1: each finding with its own fix text, no fixes table", async () => {
		const run = await runCli([...MIXED, "--format", "json", "--report-version", "1"]);
		expect(run.stderr).toBe("");
		const report = JSON.parse(run.stdout) as Report & { fixes?: unknown };
		expect(report.schema).toBe("session-hygiene/report@1");
		expect(report.fixes).toBeUndefined();
		expect(reportSchemaErrors(report, 1)).toEqual([]);
		const sid = report.sites[0]?.cookies.find((c) => c.name === "sid");
		expect(sid?.findings.find((f) => f.rule === "missing-secure")?.fix).toMatch(/^Set the Secure attribute/);
	});

	test("--report-version takes 1 or 2 only", async () => {
		const run = await runCli([...MIXED, "--report-version", "3"]);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe('session-hygiene: --report-version must be one of 2, 1 (got "3")\n');
	});

	test("the schema check can fail: a report with a wrong field does not conform", async () => {
		const report = (await jsonReport(MIXED)) as unknown as {
			generatedAt: string;
			source: { url: string };
			sites: { grade: string; cookies: object[] }[];
		};
		const site = report.sites[0];
		if (!site) throw new Error("no site");
		site.grade = "E";
		site.cookies.unshift({ name: "x" });
		report.generatedAt = "1 January 2030";
		report.source.url = "app.example.test/";
		expect(reportSchemaErrors(report)).toEqual(
			expect.arrayContaining([
				"/sites/0/grade: must be equal to one of the allowed values",
				"/sites/0/cookies/0: must have required property 'domain'",
				'/generatedAt: must match format "date-time"',
				'/source/url: must match format "uri"',
			]),
		);
	});

	test("applies the headers in order to one jar: a later header replaces or deletes", async () => {
		const argv = headers("a=1; Path=/", "b=1; Path=/", "a=2; Path=/", "b=; Path=/; Max-Age=0");
		const report = await jsonReport([...argv, "--show-values"]);
		const cookies = report.sites.flatMap((s) => s.cookies);
		expect(cookies.map((c) => [c.name, c.value])).toEqual([["a", "2"]]);
	});

	test("leaves values out unless --show-values", async () => {
		const hidden = await jsonReport(MIXED);
		expect(hidden.sites.flatMap((s) => s.cookies).every((c) => !("value" in c))).toBe(true);
		const shown = await jsonReport([...MIXED, "--show-values"]);
		expect(shown.sites.flatMap((s) => s.cookies).find((c) => c.name === "sid")?.value).toBe(
			"3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b",
		);
	});

	test("refused headers go to rejected with url, reason and message; a garbage header is refused, not fatal", async () => {
		const report = await jsonReport(headers("cart=1; SameSite=None", ";;;"));
		expect(report.rejected).toEqual([
			expect.objectContaining({
				setCookie: "cart=1; SameSite=None",
				url: FROM,
				reason: "samesite-none-insecure",
			}),
			expect.objectContaining({ setCookie: ";;;", url: FROM, reason: "syntax" }),
		]);
		for (const r of report.rejected) expect(r.message.length).toBeGreaterThan(0);
	});

	test("--browser picks the jar profile: Firefox refuses a nameless cookie that Chromium stores", async () => {
		const chromium = await jsonReport([...headers("=nameless"), "--browser", "chromium"]);
		const firefox = await jsonReport([...headers("=nameless"), "--browser", "firefox"]);
		expect(chromium.sites.flatMap((s) => s.cookies).map((c) => c.name)).toEqual([""]);
		expect(chromium.rejected).toEqual([]);
		expect(firefox.sites).toEqual([]);
		expect(firefox.rejected).toHaveLength(1);
	});

	test("--now is the audit clock: a cookie expired by then is gone", async () => {
		const argv = headers(
			"sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b; Path=/; Expires=Wed, 01 Jan 2031 00:00:00 GMT",
		);
		expect((await jsonReport([...argv, "--now", "2030-06-01"])).sites).toHaveLength(1);
		const later = await jsonReport([...argv, "--now", "2031-06-01T00:00:00Z"]);
		expect(later.sites).toEqual([]);
		expect(later.generatedAt).toBe("2031-06-01T00:00:00.000Z");
	});

	test("--format markdown and text carry the same sites and findings", async () => {
		const markdown = (await runCli([...MIXED, "--format", "markdown"])).stdout;
		const text = (await runCli(MIXED)).stdout;
		expect(markdown).toMatch(/^# Session Hygiene report\n/);
		expect(markdown).toMatch(/## example\.test: grade [A-F+]+ \(\d+\/100\)/);
		expect(markdown).toContain("`missing-secure`");
		expect(text).toMatch(/example\.test {2}grade [A-F+]+ {2}\d+\/100/);
		expect(text).toMatch(/HIGH {4}missing-secure: /);
	});

	test("--format sarif: one result per finding and every catalogue rule in the driver", async () => {
		const report = await jsonReport(MIXED);
		const sarif = JSON.parse((await runCli([...MIXED, "--format", "sarif"])).stdout);
		expect(sarif.version).toBe("2.1.0");
		const run = sarif.runs[0];
		expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
		expect(run.results).toHaveLength(findings(report).length);
		expect(run.results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(
			findings(report)
				.map((f) => f.rule)
				.sort(),
		);
		for (const result of run.results) {
			expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(
				/^https?:\/\/app\.example\.test\//,
			);
		}
	});

	test.each<[Severity | "none", number]>([
		["high", 1],
		["medium", 1],
		["info", 1],
		["none", 0],
	])("an insecure session cookie with --fail-on %s exits %i", async (failOn, code) => {
		expect((await runCli([...MIXED, "--fail-on", failOn])).code).toBe(code);
	});

	test("--fail-on compares with the worst finding: below it exits 0, at or above it exits 1", async () => {
		const secure = headers("prefs=compact; Path=/; Secure; HttpOnly; SameSite=Lax").map((a) =>
			a === FROM ? "https://app.example.test/" : a,
		);
		const severities = new Set(findings(await jsonReport(secure)).map((f) => f.severity));
		const order: Severity[] = ["high", "medium", "low", "info"];
		const worst = order.findIndex((s) => severities.has(s));
		for (const [i, level] of order.entries()) {
			const expected = worst !== -1 && worst <= i ? 1 : 0;
			expect([level, (await runCli([...secure, "--fail-on", level])).code]).toEqual([level, expected]);
		}
		expect(severities.has("high")).toBe(false);
		expect((await runCli(secure)).code).toBe(0);
	});
});

describe("control characters from the input", () => {
	const argv = headers("sid=a\u001b]0;pwned\u0007b; Path=/", "x\u001b[2J=1; Path=/");

	test("are escaped in the text view, never copied raw to the terminal", async () => {
		const run = await runCli([...argv, "--fail-on", "none"]);
		expect(run.stdout).not.toContain("\u001b");
		expect(run.stdout).not.toContain("\u0007");
		expect(run.stdout).toContain("Set-Cookie: sid=a\\u001b]0;pwned\\u0007b; Path=/");
	});

	test("are escaped in the Markdown view", async () => {
		const run = await runCli([...argv, "--fail-on", "none", "--format", "markdown"]);
		expect(run.stdout).not.toContain("\u001b");
		expect(run.stdout).toContain("\\u001b]0;pwned\\u0007b");
	});

	test("are left to JSON's own escaping in --format json", async () => {
		const run = await runCli([...argv, "--fail-on", "none", "--format", "json"]);
		expect(run.stdout).toContain("sid=a\\u001b]0;pwned\\u0007b; Path=/");
		const report = JSON.parse(run.stdout) as Report;
		expect(report.rejected.map((r) => r.setCookie)).toContain("sid=a\u001b]0;pwned\u0007b; Path=/");
	});
});
