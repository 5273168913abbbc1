import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { duplicateSessionCookie } from "./duplicate-session-cookie.ts";

const sid = makeCookie({ name: "sid" });

test.each([
	[
		"a copy at the parent domain",
		"session",
		[makeCookie({ name: "sid", domain: ".example.com", hostOnly: false })],
		"medium",
	],
	["a copy at another path", "csrf", [makeCookie({ name: "sid", path: "/app" })], "medium"],
	[
		"a copy in a partition",
		"session",
		[makeCookie({ name: "sid", partitionKey: { topLevelSite: "https://a.test" } })],
		"medium",
	],
	[
		"a copy in another container",
		"session",
		[makeCookie({ name: "sid", storeId: "firefox-container-2" })],
		undefined,
	],
	["the same cookie twice", "session", [makeCookie({ name: "sid" })], undefined],
	["another name", "session", [makeCookie({ name: "other" })], undefined],
	["other role", "other", [makeCookie({ name: "sid", path: "/app" })], undefined],
] as const)("%s → %s", (_, role, others, severity) => {
	expect(findingOf(duplicateSessionCookie, sid, { role, others: [...others] })?.severity).toBe(severity);
});

test("the message lists a few other copies and counts the rest", () => {
	const others = ["/a", "/b", "/c", "/d", "/e"].map((path) => makeCookie({ name: "sid", path }));
	const message = findingOf(duplicateSessionCookie, sid, { others })?.message ?? "";
	expect(message).toContain("one of 6 cookies");
	expect(message).toContain("app.example.com path /a");
	expect(message).toContain("and 2 more");
});
