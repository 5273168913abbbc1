import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import type { Report } from "../core/report.ts";
import { oneErrorLine, runCli } from "./testing/cli-harness.ts";

const AUDIT = [
	"audit",
	"--from",
	"http://app.example.test/",
	"--set-cookie",
	"sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b; Path=/",
	"--format",
	"json",
];

async function withConfig(config: unknown) {
	return runCli([...AUDIT, "--config", "settings.json"], {
		files: { "settings.json": JSON.stringify(config) },
	});
}

const rulesOf = (stdout: string) =>
	(JSON.parse(stdout) as Report).sites.flatMap((s) =>
		s.cookies.flatMap((c) => c.findings.map((f) => f.rule)),
	);

describe("audit --config", () => {
	test("settings are merged over the defaults and change the audit", async () => {
		const plain = await runCli(AUDIT);
		expect(rulesOf(plain.stdout)).toContain("missing-secure");
		const run = await withConfig({ severityOverrides: { "missing-secure": "off" } });
		expect(run.stderr).toBe("");
		expect(rulesOf(run.stdout)).not.toContain("missing-secure");
		expect(rulesOf(run.stdout).length).toBeGreaterThan(0);
	});

	test("an ignore entry silences a cookie", async () => {
		const run = await withConfig({ ignore: [{ name: "sid" }] });
		expect(rulesOf(run.stdout)).toEqual([]);
		expect(run.code).toBe(0);
	});

	test.each<[unknown, string]>([
		[{ maxSessionLifetimeDays: "30" }, "maxSessionLifetimeDays must be a number of days"],
		[{ ignore: [{ name: "sid", rule: "no-such-rule" }] }, 'ignore[0].rule: unknown rule "no-such-rule"'],
		[{ theme: "dark" }, 'unknown setting "theme"'],
		[[1, 2], "the settings must be an object (got an array)"],
		[
			{ ignore: [{ name: "/(a)\\1/" }] },
			"ignore[0].name: /(a)\\1/ uses a backreference, which Session Hygiene does not run: name patterns must run in linear time",
		],
	])("a bad config %j names the field, exit 2", async (config, message) => {
		const run = await withConfig(config);
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toContain(`config settings.json: ${message}`);
	});

	test("catastrophic patterns decide roles and ignores of a 4,000-character name promptly", async () => {
		const longName = `${"a".repeat(3999)}!`;
		const start = performance.now();
		const run = await runCli(
			["audit", "--from", "http://app.example.test/", "--format", "json", "--config", "c.json"].concat(
				["--set-cookie", `${longName}=1`, "--set-cookie", `${"_".repeat(3996)}_sid=2`],
				["--set-cookie", `${"_".repeat(4000)}=3`],
			),
			{
				files: {
					"c.json": JSON.stringify({
						sessionPatterns: ["/(a|aa)+$/", "/(a+)+!$/"],
						ignore: [{ name: "*_*_*_sid" }],
					}),
				},
			},
		);
		const ms = performance.now() - start;
		expect(run.stderr).toBe("");
		const cookies = (JSON.parse(run.stdout) as Report).sites.flatMap((s) => s.cookies);
		const long = cookies.find((c) => c.name === longName);
		expect(long?.roleReason).toBe('matches your session pattern "/(a+)+!$/"');
		expect(cookies.find((c) => c.name.endsWith("_sid"))?.findings).toEqual([]);
		expect(cookies.find((c) => c.name === "_".repeat(4000))?.findings.length).toBeGreaterThan(0);
		// Backtracking, the first pattern alone never finished; the bound only has to be generous.
		expect(ms).toBeLessThan(5000);
	});

	test("a config over 64 KiB is refused before it is parsed", async () => {
		const huge = JSON.stringify({ $comment: "x".repeat(70_000) });
		const run = await runCli([...AUDIT, "--config", "big.json"], { files: { "big.json": huge } });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toMatch(
			/^config big\.json: the file is too large: \d+ bytes \(at most 65536\)$/,
		);
	});

	test("the example settings file of docs/ is a valid config", async () => {
		const example = await readFile(new URL("../../docs/settings.example.json", import.meta.url), "utf8");
		const run = await runCli([...AUDIT, "--config", "example.json"], { files: { "example.json": example } });
		expect(run.stderr).toBe("");
		expect(rulesOf(run.stdout)).toContain("missing-secure");
	});

	test("a config that is not JSON, or missing, is one line and exit 2", async () => {
		const broken = await runCli([...AUDIT, "--config", "c.json"], { files: { "c.json": "{ nope" } });
		expect(broken.code).toBe(2);
		expect(oneErrorLine(broken)).toMatch(/^config c\.json: the file is not JSON: /);
		const missing = await runCli([...AUDIT, "--config", "/nonexistent/c.json"]);
		expect(oneErrorLine(missing)).toBe("cannot read /nonexistent/c.json: no such file");
	});

	test("a UTF-8 byte order mark at the start of the file is accepted", async () => {
		const text = `\uFEFF${JSON.stringify({ severityOverrides: { "missing-secure": "off" } })}`;
		const run = await runCli([...AUDIT, "--config", "settings.json"], { files: { "settings.json": text } });
		expect(run.stderr).toBe("");
		expect(rulesOf(run.stdout)).not.toContain("missing-secure");
	});
});
