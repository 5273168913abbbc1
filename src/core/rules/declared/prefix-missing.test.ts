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
