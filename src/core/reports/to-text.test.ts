import { describe, expect, test } from "vitest";
import { SAMPLE_REPORT } from "./sample-report.fixture.ts";
import { toText } from "./to-text.ts";

const ESC = "\u001b[";

describe("toText", () => {
	const plain = toText(SAMPLE_REPORT, { color: false });

	test("shows each site with grade and score", () => {
		expect(plain).toContain("example.com  grade C  62/100");
		expect(plain).toContain("other.test  grade A  90/100");
	});

	test("shows findings worst first, each with its fix on the next line", () => {
		const lines = plain.split("\n");
		const high = lines.findIndex((l) => l.includes("HIGH    missing-secure: sid is sent over plain http"));
		expect(high).toBeGreaterThan(0);
		expect(lines[high + 1]).toMatch(/^\s+fix: Add Secure\.$/);
		expect(plain).not.toContain("Express: res.cookie");
		expect(plain).toContain("Fixes with snippets per stack: --format markdown");
		expect(lines.findIndex((l) => l.includes("MEDIUM  samesite-missing"))).toBeGreaterThan(high);
	});

	test("gives each cookie's role with its confidence, and what known-cookie data says", () => {
		const lines = plain.split("\n");
		const ga = lines.findIndex((l) => l.includes("_ga@.example.com /"));
		expect(lines[ga]).toContain(
			"other · known (analytics cookie of Google Analytics (Open Cookie Database))",
		);
		expect(lines[ga + 2]).toBe("    known as Google Analytics · analytics");
		expect(plain).toContain('session · likely (name matches "sid")');
	});

	test("lists the worst cookie first within a site", () => {
		expect(plain.indexOf("sid@app.example.com /")).toBeLessThan(plain.indexOf("_ga@.example.com /"));
		expect(plain.indexOf("_ga@.example.com /")).toBeLessThan(plain.indexOf("theme|dark@.example.com /"));
	});

	test("ends with the refused headers and a summary", () => {
		expect(plain).toContain("Refused by a browser (1)\n  prefix-violation  __Host- needs Path=/");
		expect(plain).toContain("\n4 findings (1 high, 2 medium, 1 info) in 2 sites, 1 refused\n");
	});

	test("uses ANSI colours only when asked", () => {
		expect(plain).not.toContain(ESC);
		const colored = toText(SAMPLE_REPORT, { color: true });
		expect(colored).toContain(`${ESC}31mHIGH`);
		expect(colored.replaceAll("\u001b", "").replace(/\[\d+m/g, "")).toBe(plain);
	});

	test("says so when no cookie was set", () => {
		expect(toText({ ...SAMPLE_REPORT, sites: [], rejected: [] }, { color: false })).toContain(
			"No cookies were set.",
		);
	});
});
