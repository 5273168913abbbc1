import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { prefixMissing } from "./prefix-missing.ts";

test.each([
	["session, secure host-only path /", "session", {}, ["https://app.example.com/"], "low", "__Host-sid"],
	["csrf", "csrf", {}, ["https://app.example.com/"], "info", "__Host-sid"],
	["other", "other", {}, ["https://app.example.com/"], undefined, ""],
	[
		"domain cookie",
		"session",
		{ domain: ".example.com", hostOnly: false },
		["https://app.example.com/"],
		"low",
		"__Secure-sid",
	],
	["path /app", "session", { path: "/app" }, ["https://app.example.com/"], "low", "__Secure-sid"],
	[
		"not secure on an http-only site",
		"session",
		{ secure: false },
		["http://app.example.com/"],
		undefined,
		"",
	],
	[
		"not secure on an https site",
		"session",
		{ secure: false },
		["https://app.example.com/"],
		"low",
		"__Host-sid",
	],
	["already __Host-", "session", { name: "__Host-sid" }, ["https://app.example.com/"], undefined, ""],
	[
		"already __secure- (any case)",
		"session",
		{ name: "__secure-sid" },
		["https://app.example.com/"],
		undefined,
		"",
	],
] as const)("%s → %s", (_, role, extra, pageUrls, severity, suggested) => {
	const finding = findingOf(prefixMissing, makeCookie({ name: "sid", ...extra }), {
		role,
		pageUrls: [...pageUrls],
	});
	expect(finding?.severity).toBe(severity);
	if (suggested) expect(finding?.message).toContain(suggested);
});

test("one fix text per prefix, the same for every cookie, naming none", () => {
	const pageUrls = ["https://app.example.com/"];
	const fixOf = (name: string, path: string) =>
		findingOf(prefixMissing, makeCookie({ name, path }), { role: "session", pageUrls })?.fix ?? "";
	expect(fixOf("sid", "/")).toBe(fixOf("acct_token", "/"));
	expect(fixOf("sid", "/").split("\n")[0]).toBe(
		"Add the __Host- prefix to its name (Secure, Path=/, no Domain).",
	);
	expect(fixOf("sid", "/app").split("\n")[0]).toBe(
		"Add the __Secure- prefix to its name (Secure); drop Domain and use Path=/ to qualify for __Host-.",
	);
	expect(fixOf("acct_token", "/")).not.toContain("acct_token");
});
