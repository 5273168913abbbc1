/// <reference types="vite/client" />
import { describe, expect, test } from "vitest";
import { SEVERITIES } from "../severity.ts";
import { findRule, RULES } from "./catalogue.ts";
import { RULE_IDS } from "./rule-ids.ts";

// Vite's glob import lists the rule files (in declared/, value/ and context/) without Node APIs (core stays
// pure). Rule files are imported; test files only listed (lazy globs import nothing until called).
const byName = <T>(files: Record<string, T>): Record<string, T> =>
	Object.fromEntries(Object.entries(files).map(([path, value]) => [`./${path.split("/").at(-1)}`, value]));
const modules = byName(
	import.meta.glob<Record<string, unknown>>(["./*/*.ts", "!./*/*.test.ts", "!./testing/*"], { eager: true }),
);
const testFiles = new Set(Object.keys(byName(import.meta.glob("./*/*.test.ts"))));

const DESIGN_TABLE: Record<string, Record<string, string>> = {
	"missing-secure": { session: "high", csrf: "medium", other: "low" },
	"insecure-origin": { session: "high", csrf: "medium", other: "info" },
	"missing-httponly": { session: "high", other: "info" },
	"samesite-missing": { session: "medium", csrf: "medium", other: "low" },
	"samesite-none": { session: "medium", csrf: "medium", other: "info" },
	"samesite-invalid": { session: "medium", csrf: "medium", other: "low" },
	"broad-domain": { session: "medium", csrf: "low", other: "info" },
	"prefix-missing": { session: "low", csrf: "info" },
	"persistent-session": { session: "low" },
	"long-lifetime": { session: "medium", csrf: "low", other: "info" },
	"weak-token": { session: "high", csrf: "medium" },
	"token-contains-data": { session: "medium" },
	"jwt-unsigned": { session: "high" },
	"jwt-no-expiry": { session: "medium" },
	"default-session-name": { session: "info" },
	"duplicate-session-cookie": { session: "medium", csrf: "medium" },
	"session-in-url": { session: "high" },
	oversized: { session: "low", csrf: "low", other: "low" },
	"browser-inconsistent": { session: "low", csrf: "low", other: "info" },
	// docs/design.md, "Version 2": set-by-script is "medium or high" for a session cookie (high by default).
	"set-by-script": { session: "high", other: "info" },
	"missing-hsts": { session: "medium", csrf: "low" },
	"session-fixation": { session: "high" },
	"logout-not-revoked": { session: "high" },
	"predictable-session-id": { session: "high", csrf: "medium" },
	"forgeable-session": { session: "high", csrf: "medium" },
};

describe.each(RULES.map((r) => [r.id, r] as const))("rule %s", (id, rule) => {
	test("has its own file exporting it", () => {
		expect(Object.keys(modules)).toContain(`./${id}.ts`);
		expect(Object.values(modules[`./${id}.ts`] ?? {})).toContain(rule);
	});

	test("has its own test file", () => {
		expect(testFiles.has(`./${id}.test.ts`)).toBe(true);
	});

	test("has the severities of the design table", () => {
		expect(rule.severities).toEqual(DESIGN_TABLE[id]);
		for (const s of Object.values(rule.severities)) expect(SEVERITIES).toContain(s);
	});

	test("has a title, a description and a help link", () => {
		expect(rule.title.length).toBeGreaterThan(5);
		expect(rule.description.length).toBeGreaterThan(20);
		expect(rule.helpUri).toMatch(/^https:\/\//);
	});
});

test("covers every rule of the design table exactly once", () => {
	expect(RULES.map((r) => r.id).sort()).toEqual(Object.keys(DESIGN_TABLE).sort());
	expect(findRule("weak-token")?.id).toBe("weak-token");
	expect(findRule("no-such-rule")).toBeUndefined();
});

test("the leaf list of rule ids is the catalogue's, in its order", () => {
	expect(RULE_IDS).toEqual(RULES.map((r) => r.id));
});
