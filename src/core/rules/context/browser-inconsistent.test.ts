import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { browserInconsistent } from "./browser-inconsistent.ts";

const header = (browserDifference?: string) => ({
	setCookie: "sid=x; SameSite=None",
	url: "http://app.example.com/",
	...(browserDifference === undefined ? {} : { browserDifference }),
});

test.each([
	["session", "Chromium rejects it (SameSite=None without Secure); Firefox stores it", "low"],
	["csrf", "differs", "low"],
	["other", "differs", "info"],
	["session", undefined, undefined],
] as const)("%s cookie with difference %s → %s", (role, difference, severity) => {
	const finding = findingOf(browserInconsistent, makeCookie(), { role, header: header(difference) });
	expect(finding?.severity).toBe(severity);
	if (difference) expect(finding?.message).toContain(difference);
});
