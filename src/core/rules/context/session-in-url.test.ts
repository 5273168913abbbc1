import { expect, test } from "vitest";
import { findingOf, makeCookie, STRONG } from "../testing/rule-context.ts";
import { sessionInUrl } from "./session-in-url.ts";

test.each([
	["in the query", `https://app.example.com/?sid=${STRONG}`, STRONG, "high"],
	["as a path segment (;jsessionid=)", `https://app.example.com/app;jsessionid=${STRONG}`, STRONG, "high"],
	["URL-encoded in the URL", "https://app.example.com/?t=s%3Aabc123def.sig", "s:abc123def.sig", "high"],
	[
		"stored encoded, plain in the URL",
		"https://app.example.com/#s:abc123def.sig",
		"s%3Aabc123def.sig",
		"high",
	],
	["not in any URL", "https://app.example.com/", STRONG, undefined],
	["too short to tell", "https://app.example.com/?x=1234567", "1234567", undefined],
])("%s → %s", (_, url, value, severity) => {
	expect(findingOf(sessionInUrl, makeCookie({ value }), { pageUrls: [url] })?.severity).toBe(severity);
});

test("only session cookies are checked", () => {
	const url = `https://app.example.com/?sid=${STRONG}`;
	expect(findingOf(sessionInUrl, makeCookie(), { role: "csrf", pageUrls: [url] })).toBeUndefined();
});
