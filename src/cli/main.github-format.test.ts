import { expect, test } from "vitest";
import { runCli } from "./testing/cli-harness.ts";

test("--format github writes one workflow command per finding and keeps the exit code", async () => {
	const result = await runCli([
		"audit",
		"--from",
		"https://app.example.test/",
		"--set-cookie",
		"sessionid=3c8e1f6a9b2d5c7e0f4a1b8d6c3e9f2a; Path=/",
		"--format",
		"github",
		"--now",
		"2030-01-01",
	]);
	expect(result.code).toBe(1);
	const lines = result.stdout.trimEnd().split("\n");
	const summary = lines.pop();
	expect(summary).toBe("Session Hygiene: 1 site, 5 findings (2 high, 1 medium, 1 low, 1 info), 0 rejected.");
	expect(lines.map((l) => l.slice(0, l.indexOf("::", 2)))).toEqual([
		"::error title=missing-secure (high)%3A sessionid@app.example.test /",
		"::error title=missing-httponly (high)%3A sessionid@app.example.test /",
		"::warning title=samesite-missing (medium)%3A sessionid@app.example.test /",
		"::notice title=prefix-missing (low)%3A sessionid@app.example.test /",
		"::notice title=default-session-name (info)%3A sessionid@app.example.test /",
	]);
	for (const line of lines) expect(line).toMatch(/%0AFix: /);
});
