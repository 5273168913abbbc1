import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { defaultSessionName } from "./default-session-name.ts";

test.each([
	["PHPSESSID", "info", "PHP"],
	["JSESSIONID", "info", "Java"],
	["ASP.NET_SessionId", "info", "ASP.NET"],
	["connect.sid", "info", "Express"],
	["laravel_session", "info", "Laravel"],
	["_myapp_session", "info", "Rails"],
	["__Secure-JSESSIONID", "info", "Java"],
	["session", undefined, ""],
	["__Host-id", undefined, ""],
])("%s → %s", (name, severity, framework) => {
	const finding = findingOf(defaultSessionName, makeCookie({ name }));
	expect(finding?.severity).toBe(severity);
	expect(finding?.message ?? "").toContain(framework);
});

test("only session cookies are checked", () => {
	expect(findingOf(defaultSessionName, makeCookie({ name: "PHPSESSID" }), { role: "other" })).toBeUndefined();
});
