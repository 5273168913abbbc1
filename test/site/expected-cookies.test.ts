import { describe, expect, test } from "vitest";
import { APP_HOST, expectedCookies, WIDGET_HOST } from "./fixture-site.ts";

const names = (cookies: { name: string }[]) => cookies.map((c) => c.name);

describe("expectedCookies", () => {
	test("the https spread has every cookie, the Domain one stored as .example.test", () => {
		const cookies = expectedCookies("spread", "https", APP_HOST);
		expect(names(cookies)).toEqual([
			"__Host-session",
			"sessionid",
			"remember_token",
			"prefs",
			"csrftoken",
			"_ga",
			"_gid",
		]);
		expect(cookies.find((c) => c.name === "remember_token")).toMatchObject({
			domain: ".example.test",
			hostOnly: false,
		});
		expect(cookies.find((c) => c.name === "_ga")?.maxAge).toBe(400 * 86400);
	});

	test("over http on a fake host there is no Secure cookie; on localhost no foreign Domain one", () => {
		expect(names(expectedCookies("spread", "http", APP_HOST))).not.toContain("__Host-session");
		const local = names(expectedCookies("spread", "http", "localhost"));
		expect(local).toContain("__Host-session");
		expect(local).not.toContain("remember_token");
	});

	test("the frame's cookies are partitioned by the top-level site and differ by browser", () => {
		const partitionKey = { topLevelSite: "https://example.test", hasCrossSiteAncestor: true };
		const widgetSession = { name: "widget_session", domain: WIDGET_HOST, sameSite: "none", partitionKey };
		expect(expectedCookies("frame", "https", APP_HOST, "chromium")).toEqual([
			expect.objectContaining(widgetSession),
		]);
		expect(expectedCookies("frame", "https", APP_HOST, "firefox")).toEqual([
			expect.objectContaining(widgetSession),
			expect.objectContaining({ name: "widget_prefs", partitionKey }),
		]);
		expect(() => expectedCookies("frame", "https", APP_HOST)).toThrow("pass one");
	});

	test("login holds one HttpOnly session cookie, Secure where the origin allows", () => {
		expect(expectedCookies("login", "https", APP_HOST)).toEqual([
			expect.objectContaining({ name: "app_session", secure: true, httpOnly: true, session: true }),
		]);
		expect(expectedCookies("login", "http", APP_HOST)[0]?.secure).toBe(false);
	});
});
