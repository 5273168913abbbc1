import { describe, expect, test } from "vitest";
import type { Finding, Severity } from "../../core/report.ts";
import type { TabReport } from "../../core/tab-report.ts";
import type { Message } from "../../platform/i18n-port.ts";
import { englishTranslate } from "../../ui/common/i18n.ts";
import { reportOf } from "../testing/cookie-shapes.ts";
import { jarCookie } from "../testing/fake-deps.ts";
import { BADGE_COLORS, badgeFor } from "./badge-state.ts";

function tab(severities: Severity[], overrides: Partial<TabReport> = {}): TabReport {
	const findings: Finding[] = severities.map((severity) => ({ rule: "x", severity, message: "m" }));
	const cookie = { ...reportOf(jarCookie()), findings };
	return {
		tabId: 1,
		url: "https://app.example.test/",
		storeId: "0",
		access: "granted",
		inspectable: true,
		incognito: false,
		site: "example.test",
		sites: [{ site: "example.test", score: 50, grade: "C", cookies: [cookie] }],
		snapshots: [],
		...overrides,
	};
}

/** The English messages of _locales, as the browser's i18n gives them. */
const message = englishTranslate as Message;

describe("badgeFor", () => {
	test.each([
		{ severities: ["high", "medium", "low", "info"], text: "2", color: BADGE_COLORS.high },
		{ severities: ["medium", "medium", "low"], text: "2", color: BADGE_COLORS.medium },
		{ severities: ["low", "info"], text: "", color: BADGE_COLORS.none },
	] as const)(
		"counts high and medium findings, coloured by the worst: $severities",
		({ severities, text, color }) => {
			expect(badgeFor(tab([...severities]), true, message)).toMatchObject({ text, color });
		},
	);

	test("says in its title what it counts", () => {
		expect(badgeFor(tab(["high", "medium"]), true, message).title).toBe(
			"Session Hygiene: 2 high or medium findings in this tab's 1 cookie (1 high, 1 medium).",
		);
	});

	test("its title counts one finding and a clean tab in words from _locales", () => {
		expect(badgeFor(tab(["medium"]), true, message).title).toBe(
			"Session Hygiene: 1 high or medium finding in this tab's 1 cookie (0 high, 1 medium).",
		);
		expect(badgeFor(tab(["low"]), true, message).title).toBe(
			"Session Hygiene: no high or medium findings in this tab's 1 cookie.",
		);
	});

	test.each([
		["a page no extension may inspect", tab(["high"], { inspectable: false, sites: [] })],
		["a page without cookies", tab([], { sites: [] })],
		["a site the user withheld access to", tab([], { access: "missing", sites: [] })],
		["no report yet", undefined],
	])("is empty on %s", (_, report) => {
		expect(badgeFor(report, true, message).text).toBe("");
	});

	test("is empty when the user turned the badge off", () => {
		expect(badgeFor(tab(["high"]), false, message).text).toBe("");
	});
});
