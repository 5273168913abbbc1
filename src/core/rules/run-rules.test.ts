import { describe, expect, test } from "vitest";
import { runRules } from "./run-rules.ts";
import { makeContext, makeCookie } from "./testing/rule-context.ts";

// PHPSESSID without Secure/HttpOnly/SameSite on https: several findings to silence.
const php = makeCookie({ name: "PHPSESSID", secure: false, httpOnly: false, sameSite: "unspecified" });
const rulesOf = (settings: Parameters<typeof makeContext>[1]) =>
	runRules(makeContext(php, settings)).map((f) => f.rule);

describe("ignore list", () => {
	test.each([
		["every rule for a name", [{ name: "PHPSESSID" }], []],
		["one rule", [{ name: "PHPSESSID", rule: "missing-httponly" }], ["missing-secure", "samesite-missing"]],
		["a glob", [{ name: "PHP*", rule: "missing-secure" }], ["missing-httponly", "samesite-missing"]],
		["this site", [{ name: "PHPSESSID", site: "example.com" }], []],
		["this site by a host", [{ name: "PHPSESSID", site: "www.example.com" }], []],
		[
			"another site",
			[{ name: "PHPSESSID", site: "example.org" }],
			["missing-secure", "missing-httponly", "samesite-missing"],
		],
		["an invalid pattern", [{ name: "/[/" }], ["missing-secure", "missing-httponly", "samesite-missing"]],
	])("%s", (_, ignore, expected) => {
		expect(
			rulesOf({ settings: { ignore } }).filter((r) => r !== "default-session-name" && r !== "prefix-missing"),
		).toEqual(expected);
	});
});

describe("severity overrides", () => {
	test("change a rule's severity", () => {
		const findings = runRules(
			makeContext(php, { settings: { severityOverrides: { "missing-secure": "low" } } }),
		);
		expect(findings.find((f) => f.rule === "missing-secure")?.severity).toBe("low");
	});

	test("turn a rule off", () => {
		expect(rulesOf({ settings: { severityOverrides: { "missing-httponly": "off" } } })).not.toContain(
			"missing-httponly",
		);
	});
});

test("findings come worst first", () => {
	const ranks = runRules(makeContext(php)).map((f) => f.severity);
	expect(ranks.slice(0, 2)).toEqual(["high", "high"]);
	expect(ranks.at(-1)).toBe("info");
});

test("rules without a severity for the role are not run", () => {
	const rules = runRules(makeContext(php, { role: "csrf" })).map((f) => f.rule);
	expect(rules).not.toContain("missing-httponly");
	expect(rules).toContain("missing-secure");
});

describe("a guessed session", () => {
	const severities = (roleConfidence: "known" | "likely" | "guess") =>
		runRules({ ...makeContext(php), roleConfidence })
			.filter((f) => ["missing-secure", "missing-httponly", "samesite-missing"].includes(f.rule))
			.map((f) => `${f.rule} ${f.severity}`);

	test("has every finding one severity lower than a known or likely one", () => {
		expect(severities("known")).toEqual([
			"missing-secure high",
			"missing-httponly high",
			"samesite-missing medium",
		]);
		expect(severities("likely")).toEqual([
			"missing-secure high",
			"missing-httponly high",
			"samesite-missing medium",
		]);
		expect(severities("guess")).toEqual([
			"missing-secure medium",
			"missing-httponly medium",
			"samesite-missing low",
		]);
	});

	test("a severity the user set stays as set", () => {
		const settings = { severityOverrides: { "missing-secure": "high" as const } };
		const guessed = runRules({ ...makeContext(php, { settings }), roleConfidence: "guess" });
		expect(guessed.find((f) => f.rule === "missing-secure")?.severity).toBe("high");
	});
});
