/** `--browser chromium|firefox` over the storage table, through main() in-process. */
import { describe, expect, test } from "vitest";
import { STORAGE_TABLE } from "../../test/fixtures/cross-browser/storage-table.ts";
import type { Report } from "../core/report.ts";
import { runCli } from "./testing/cli-harness.ts";

const FROM = "https://app.example.test/set";
const BROWSERS = ["chromium", "firefox"] as const;
const cases = STORAGE_TABLE.flatMap((row) => BROWSERS.map((browser) => ({ ...row, browser })));

async function audit(header: string, browser: string): Promise<Report> {
	const argv = ["audit", "--from", FROM, "--set-cookie", header, "--browser", browser];
	const run = await runCli([...argv, "--format", "json", "--show-values", "--fail-on", "none"]);
	expect(run.stderr).toBe("");
	expect(run.code).toBe(0);
	return JSON.parse(run.stdout) as Report;
}

describe("audit --browser predicts what that browser stores", () => {
	test.each(cases)("--browser $browser: $what", async (row) => {
		const report = await audit(row.header, row.browser);
		const cookies = report.sites.flatMap((s) => s.cookies);
		const expected = row[row.browser];
		if ("refused" in expected) {
			expect(cookies).toEqual([]);
			expect(report.rejected).toEqual([
				expect.objectContaining({ setCookie: row.header, reason: expected.refused }),
			]);
			// A refusal only one browser makes says what the other browser does.
			expect(report.rejected[0]?.message.includes("Browsers differ")).toBe(row.differs);
			// …and, where the other browser stores it, `browsers` says so (docs/design.md, "Version 2").
			const other = row[row.browser === "chromium" ? "firefox" : "chromium"];
			const verdicts = { chromium: "refused", firefox: "refused", [row.browser]: "refused" };
			if ("stored" in other) verdicts[row.browser === "chromium" ? "firefox" : "chromium"] = "stored";
			expect(report.rejected[0]?.browsers).toEqual("stored" in other ? verdicts : undefined);
			return;
		}
		const { sameSite, partitionKey, name, value, path, secure, hostOnly } = expected.stored;
		const shape = { name, value, path, secure, hostOnly, sameSite, partitionKey };
		const defined = Object.fromEntries(Object.entries(shape).filter(([, v]) => v !== undefined));
		expect(report.rejected).toEqual([]);
		expect(cookies).toEqual([expect.objectContaining(defined)]);
		const inconsistent = cookies[0]?.findings.filter((f) => f.rule === "browser-inconsistent") ?? [];
		expect(inconsistent.length).toBe(row.differs ? 1 : 0);
		if (row.differs) expect(inconsistent[0]?.message).toMatch(/Chromium .+; Firefox /);
	});
});
