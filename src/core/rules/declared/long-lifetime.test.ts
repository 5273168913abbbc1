import { expect, test } from "vitest";
import { findingOf, makeCookie, NOW } from "../testing/rule-context.ts";
import { longLifetime } from "./long-lifetime.ts";

const DAY = 86_400;

test.each([
	["session", 31, 30, "medium"],
	["csrf", 364, 30, "low"],
	["other", 400, 30, "info"],
	["session", 30, 30, undefined],
	["session", 14, 7, "medium"],
	["session", 14, 30, undefined],
] as const)(
	"%s cookie for %i days with a %i-day maximum → %s",
	(role, days, maxSessionLifetimeDays, severity) => {
		const cookie = makeCookie({ expirationDate: NOW + days * DAY, session: false });
		const finding = findingOf(longLifetime, cookie, { role, settings: { maxSessionLifetimeDays } });
		expect(finding?.severity).toBe(severity);
		if (severity) expect(finding?.message).toContain(`${days} days`);
	},
);

test("browser-session cookies are not checked", () => {
	expect(findingOf(longLifetime, makeCookie())).toBeUndefined();
});
