import { expect, test } from "vitest";
import { rejectedOf } from "./observed-rejections.ts";
import { redactResponse, setCookieValues } from "./redact-response.ts";
import { observed, T } from "./testing/observed.ts";

const HASHES: Record<string, string> = { Zq3v9TnX: "4f1c", dark: "9a0e" };
const hash = (value: string) => HASHES[value] ?? "0000";

test("masks every header's value and hashes the value of the cookie it stores", () => {
	const response = observed(T, [
		"sid=Zq3v9TnX; Path=/; Secure; HttpOnly",
		"theme=dark; Secure; SameSite=None",
	]);
	expect(setCookieValues(response)).toEqual(["Zq3v9TnX", "dark"]);
	const kept = redactResponse(response, hash);
	expect(kept.setCookies.map((s) => s.header)).toEqual([
		"sid=…; Path=/; Secure; HttpOnly",
		"theme=…; Secure; SameSite=None",
	]);
	expect(kept.setCookies.map((s) => (s.outcome.status === "rejected" ? "" : s.outcome.cookie.value))).toEqual(
		["4f1c", "9a0e"],
	);
	expect(JSON.stringify(kept)).not.toContain("Zq3v9TnX");
});

test("a refused header the other browser stores carries both verdicts", () => {
	const response = observed(T, ["__Host-id=1; Secure", "__Host-sid=2; Path=/"], {
		url: "https://app.example.com/login?next=%2F",
	});
	const kept = redactResponse(response, hash);
	expect(kept.setCookies.map((s) => s.browsers)).toEqual([
		{ chromium: "refused", firefox: "stored" },
		undefined,
	]);
	expect(rejectedOf([kept])).toEqual([
		{
			setCookie: "__Host-id=…; Secure",
			url: "https://app.example.com/login",
			reason: "prefix-violation",
			message: expect.stringContaining('Refused cookie "__Host-id"'),
			response: {
				method: "POST",
				url: "https://app.example.com/login",
				status: 302,
				time: "2026-01-01T00:00:00.000Z",
			},
			browsers: { chromium: "refused", firefox: "stored" },
		},
		{
			setCookie: "__Host-sid=…; Path=/",
			url: "https://app.example.com/login",
			reason: "prefix-violation",
			message: expect.stringContaining('Refused cookie "__Host-sid"'),
			response: {
				method: "POST",
				url: "https://app.example.com/login",
				status: 302,
				time: "2026-01-01T00:00:00.000Z",
			},
		},
	]);
});

test("the same refused header sent again is listed once, with its latest response", () => {
	const first = redactResponse(observed(T, ["a=1; SameSite=None"], { method: "GET", statusCode: 200 }), hash);
	const again = redactResponse(
		observed(T + 5_000, ["a=2; SameSite=None"], { method: "GET", statusCode: 200 }),
		hash,
	);
	const listed = rejectedOf([first, again]);
	expect(listed.map((r) => [r.setCookie, r.reason, r.response?.time])).toEqual([
		["a=…; SameSite=None", "samesite-none-insecure", "2026-01-01T00:00:05.000Z"],
	]);
});
