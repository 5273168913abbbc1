/** The README is the user's rule and scoring reference: it must match the catalogue and the scoring table. */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { RULES } from "../../src/core/rules/catalogue.ts";
import { DEDUCTIONS, GRADE_THRESHOLDS, MAX_FINDINGS_PER_RULE } from "../../src/core/scoring/scoring-table.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

function ruleRow(id: string): string[] | undefined {
	// Biome pads table cells, so rows are matched by their first cell, not by exact spacing.
	const line = readme.split("\n").find((l) => new RegExp(`^\\| \`${id}\`\\s+\\|`).test(l));
	return line?.split("|").map((cell) => cell.trim());
}

test.each(RULES.map((r) => [r.id, r] as const))("README has a row for %s with its severities", (id, rule) => {
	const cells = ruleRow(id);
	expect(cells, `README rule table lacks ${id}`).toBeDefined();
	const [session, csrf, other] = (cells ?? []).slice(3, 6);
	const shown = (role: "session" | "csrf" | "other", cell: string | undefined) =>
		expect(cell?.split("/")[0], `${id} ${role}`).toBe(rule.severities[role] ?? "—");
	shown("session", session);
	shown("csrf", csrf);
	shown("other", other);
});

test("README lists no rule the catalogue does not have", () => {
	const ids = [...readme.matchAll(/^\| `([a-z-]+)`\s+\|/gm)].map((m) => m[1]);
	expect(ids.sort()).toEqual(RULES.map((r) => r.id).sort());
});

test("README states the scoring table's exact numbers", () => {
	for (const [severity, points] of Object.entries(DEDUCTIONS)) {
		expect(readme).toMatch(new RegExp(`\\| ${severity}\\s+\\| ${points}\\s+\\|`));
	}
	expect(readme).toContain(`at most its **${MAX_FINDINGS_PER_RULE} worst findings**`);
	for (const { grade, minScore } of GRADE_THRESHOLDS.slice(1, -1)) {
		expect(readme).toMatch(new RegExp(`\\| ${grade}\\s+\\| ${minScore} or more\\s+\\|`));
	}
});
