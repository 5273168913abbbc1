import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { Report } from "../core/report.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The real entry in a child process (through tsx, as the build bundles the same file). */
function runEntry(args: string[], input?: string) {
	const result = spawnSync(`${root}node_modules/.bin/tsx`, ["src/cli/session-hygiene.ts", ...args], {
		cwd: root,
		input,
		encoding: "utf8",
		env: { ...process.env, NO_COLOR: "1" },
		timeout: 20_000,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("src/cli/session-hygiene.ts", () => {
	test("sets the exit code and prints one line without a stack trace on bad usage", () => {
		const run = runEntry(["audit", "--bogus"]);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe("session-hygiene: unknown option --bogus (see --help)\n");
	});

	test("exits 1 when findings reach --fail-on", () => {
		const run = runEntry([
			"audit",
			"--from",
			"http://a.example.test/",
			"--set-cookie",
			"sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b; Path=/",
		]);
		expect(run.code).toBe(1);
		expect(run.stdout).toContain("missing-secure");
	});

	test("--har - reads a HAR piped into standard input", () => {
		const har = readFileSync(`${root}test/fixtures/har/login-redirect.har`, "utf8");
		const run = runEntry(["audit", "--har", "-", "--format", "json", "--fail-on", "none"], har);
		expect(run.stderr).toBe("");
		expect(run.code).toBe(0);
		const names = (JSON.parse(run.stdout) as Report).sites.flatMap((s) => s.cookies.map((c) => c.name));
		expect(names.sort()).toEqual(["csrftoken", "sid", "theme"]);
	});

	test("a stdout closed by its reader (| head -1) ends quietly with the audit's exit code", async () => {
		const child = spawn(`${root}node_modules/.bin/tsx`, ["src/cli/session-hygiene.ts", "--help"], {
			cwd: root,
			stdio: ["ignore", "pipe", "pipe"],
		});
		child.stdout.destroy();
		let stderr = "";
		child.stderr.on("data", (chunk) => {
			stderr += String(chunk);
		});
		const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
		expect(stderr).toBe("");
		expect(code).toBe(0);
	}, 20_000);
});
