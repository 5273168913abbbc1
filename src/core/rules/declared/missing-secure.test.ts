import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { missingSecure } from "./missing-secure.ts";

test.each([
	["session on https", {}, "session", ["https://app.example.com/"], "high"],
	["csrf on https", {}, "csrf", ["https://app.example.com/"], "medium"],
	["other on https", {}, "other", ["https://app.example.com/"], "low"],
	["session on a plain-http public host", {}, "session", ["http://app.example.com/"], "high"],
	["session on http://localhost", { domain: "localhost" }, "session", ["http://localhost:3000/"], undefined],
	["session on http://127.0.0.1", { domain: "127.0.0.1" }, "session", ["http://127.0.0.1/"], undefined],
	["session on https://localhost", { domain: "localhost" }, "session", ["https://localhost/"], "high"],
] as const)("%s → %s", (_, extra, role, pageUrls, severity) => {
	const finding = findingOf(missingSecure, makeCookie({ ...extra, secure: false }), {
		role,
		pageUrls: [...pageUrls],
	});
	expect(finding?.severity).toBe(severity);
});

test("a Secure cookie passes", () => {
	expect(findingOf(missingSecure, makeCookie())).toBeUndefined();
});

test("the message names the cookie and the fix gives stack snippets", () => {
	const finding = findingOf(missingSecure, makeCookie({ name: "sid", secure: false }));
	expect(finding?.message).toContain('"sid" (domain app.example.com, path /)');
	expect(finding?.fix).toContain("Django: SESSION_COOKIE_SECURE = True");
});
