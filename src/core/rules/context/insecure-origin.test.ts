import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { insecureOrigin } from "./insecure-origin.ts";

test.each([
	["session used on http", {}, "session", ["http://app.example.com/login"], "high"],
	["csrf used on http", {}, "csrf", ["http://app.example.com/"], "medium"],
	["other used on http", {}, "other", ["http://app.example.com/"], "info"],
	["only https pages", {}, "session", ["https://app.example.com/"], undefined],
	[
		"http page on another host of the site, host-only cookie",
		{},
		"session",
		["http://www.example.com/"],
		undefined,
	],
	[
		"http page on a subdomain, domain cookie",
		{ domain: ".example.com", hostOnly: false },
		"session",
		["http://www.example.com/"],
		"high",
	],
	["http://localhost", { domain: "localhost" }, "session", ["http://localhost:8080/"], undefined],
] as const)("%s → %s", (_, extra, role, pageUrls, severity) => {
	expect(findingOf(insecureOrigin, makeCookie(extra), { role, pageUrls: [...pageUrls] })?.severity).toBe(
		severity,
	);
});

test("the message names the http page", () => {
	const finding = findingOf(insecureOrigin, makeCookie(), { pageUrls: ["http://app.example.com/login"] });
	expect(finding?.message).toContain("http://app.example.com/login");
});
