import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { oneErrorLine, runCli } from "./testing/cli-harness.ts";

const INSECURE = [
	"audit",
	"--from",
	"http://app.example.test/",
	"--set-cookie",
	"sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b; Path=/",
];

describe("session-hygiene basics", () => {
	test.each([["--help"], ["-h"]])("%s prints usage with examples and exits 0", async (flag) => {
		const run = await runCli([flag]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain("session-hygiene audit <url>...");
		expect(run.stdout).toContain("--fail-on high|medium|low|info|none");
		expect(run.stdout).toMatch(/Examples:\n {2}session-hygiene audit https:\/\//);
		expect(run.stderr).toBe("");
	});

	test("--version prints the package version", async () => {
		const run = await runCli(["--version"]);
		expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
	});

	test.each([
		[[], "missing command"],
		[["audit", "--nope"], "unknown option --nope (see --help)"],
		[["audit", "--format", "yaml", "https://x.test"], "--format must be one of"],
		[["audit", "--now", "tomorrow", ...INSECURE.slice(1)], '--now "tomorrow" is not an ISO 8601 date'],
		[["audit", "not a url"], 'URL "not a url" is not an absolute URL'],
		[["audit", "--from", "https://x.test"], "--from needs at least one --set-cookie"],
	])("bad usage %j: one line on stderr, exit 2", async (argv, message) => {
		const run = await runCli(argv);
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toContain(message);
		expect(run.stdout).toBe("");
	});

	test("an unexpected failure is still one line and exit 2, never a stack trace", async () => {
		const run = await runCli(INSECURE, {
			stdout: () => {
				throw new TypeError("stdout is closed\n    at Socket.write (node:net:1:1)");
			},
		});
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe("internal error: stdout is closed at Socket.write (node:net:1:1)");
	});

	test("--out writes the report to the file instead of stdout", async () => {
		const run = await runCli([...INSECURE, "--format", "json", "--out", "report.json"]);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe("");
		expect(JSON.parse(run.written.get("report.json") ?? "").schema).toBe("session-hygiene/report@2");
	});

	test("--out on disk, and a clear error when the directory does not exist", async () => {
		const dir = mkdtempSync(join(tmpdir(), "session-hygiene-"));
		const ok = await runCli([...INSECURE, "--format", "markdown", "--out", join(dir, "r.md")]);
		expect(ok.code).toBe(1);
		expect(readFileSync(join(dir, "r.md"), "utf8")).toMatch(/^# Session Hygiene report/);
		const missing = join(dir, "missing", "r.md");
		const bad = await runCli([...INSECURE, "--out", missing]);
		expect(bad.code).toBe(2);
		expect(oneErrorLine(bad)).toBe(`cannot write ${missing}: no such file`);
	});

	test("colours the text view only on a terminal without NO_COLOR, and never in a file", async () => {
		const esc = "\u001b[";
		expect((await runCli(INSECURE, { isTTY: true })).stdout).toContain(esc);
		expect((await runCli(INSECURE, { isTTY: false })).stdout).not.toContain(esc);
		expect((await runCli(INSECURE, { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(esc);
		expect((await runCli(INSECURE, { isTTY: false, env: { FORCE_COLOR: "1" } })).stdout).toContain(esc);
		expect(
			(await runCli([...INSECURE, "--out", "r.txt"], { isTTY: true })).written.get("r.txt"),
		).not.toContain(esc);
		expect((await runCli([...INSECURE, "--format", "json"], { isTTY: true })).stdout).not.toContain(esc);
	});
});
