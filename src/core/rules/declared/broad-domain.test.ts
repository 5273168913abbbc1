import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { broadDomain } from "./broad-domain.ts";

test.each([
	["session", false, "medium"],
	["csrf", false, "low"],
	["other", false, "info"],
	["session", true, undefined],
] as const)("%s cookie, hostOnly %s → %s", (role, hostOnly, severity) => {
	const cookie = makeCookie({ name: "sid", hostOnly, domain: hostOnly ? "app.example.com" : ".example.com" });
	expect(findingOf(broadDomain, cookie, { role })?.severity).toBe(severity);
});

test("the message names the shared domain", () => {
	const finding = findingOf(
		broadDomain,
		makeCookie({ name: "sid", domain: ".example.com", hostOnly: false }),
	);
	expect(finding?.message).toContain("every subdomain of example.com");
});
