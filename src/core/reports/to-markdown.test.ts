import { describe, expect, test } from "vitest";
import { mdCode, mdText } from "./markdown-escape.ts";
import { SAMPLE_REPORT } from "./sample-report.fixture.ts";
import { toMarkdown } from "./to-markdown.ts";

describe("toMarkdown", () => {
	const md = toMarkdown(SAMPLE_REPORT);

	test("has a heading, a section per site with grade and score, and the summary", () => {
		expect(md.startsWith("# Session Hygiene report\n")).toBe(true);
		expect(md).toContain("## example.com: grade C (62/100)");
		expect(md).toContain("## other.test: grade A (90/100)");
		expect(md).toContain("2 sites, 4 findings (1 high, 2 medium, 1 info), 1 rejected.");
	});

	test("lists cookies in a table worst first, with role, flags and findings worst first", () => {
		const rows = md.split("\n").filter((line) => line.startsWith("| `"));
		expect(rows[0]).toContain("`sid@app.example.com /`");
		expect(rows[0]).toMatch(/\*\*high\*\* `missing-secure`.*<br>\*\*medium\*\* `samesite-missing`/);
		expect(rows[0]).toContain('session · likely: name matches "sid"');
		expect(rows[0]).toContain("no SameSite, host-only, Path=/, session");
	});

	test("a known cookie's role cell names its platform and category under the reason", () => {
		const row = md.split("\n").find((line) => line.startsWith("| `_ga@"));
		expect(row).toContain(
			"| other · known: analytics cookie of Google Analytics (Open Cookie Database)<br>Google Analytics · analytics |",
		);
	});

	test("every table row has as many cells as its header, even with | in a cookie name", () => {
		const cells = (line: string) => line.replace(/\\\|/g, "").split("|").length;
		for (const table of md.split("\n\n").filter((block) => block.startsWith("| "))) {
			const [head, ...rows] = table.split("\n").filter(Boolean);
			for (const row of rows) expect(cells(row)).toBe(cells(head ?? ""));
		}
		expect(md).toContain("`theme\\|dark@.example.com /`");
	});

	test("lists the fixes, each stack snippet as code in a nested list", () => {
		expect(md).toContain(
			"### Fixes\n\n- `sid` · `missing-secure`: Add Secure.\n  - Express: `res.cookie('sid', v, { secure: true })`",
		);
	});

	test("lists refused headers with url, reason and message", () => {
		expect(md).toContain("## Rejected Set-Cookie headers");
		expect(md).toContain(
			"| `__Host-x=1; Path=/app` | `https://app.example.com/` | `prefix-violation` | \\_\\_Host- needs Path=/ |",
		);
	});

	test("escapes HTML and Markdown in server-controlled text", () => {
		expect(md).toContain("readable by scripts &lt;b&gt;");
		expect(mdText("[x](javascript:1) *a*")).toBe("\\[x\\](javascript:1) \\*a\\*");
		expect(mdCode("a`b")).toBe("``a`b``");
		expect(mdCode("`x")).toBe("`` `x ``");
		expect(mdCode("a|b")).toBe("`a\\|b`");
		expect(mdCode("a|b", "text")).toBe("`a|b`");
	});
});
