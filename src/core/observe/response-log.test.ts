import { expect, test } from "vitest";
import {
	addResponse,
	addsNothing,
	clearResponses,
	createResponseLog,
	observeResponse,
	recordResponse,
	responsesOf,
} from "./response-log.ts";

const T = 1_767_225_600_000; // 2026-01-01T00:00:00Z in milliseconds

const login = {
	url: "https://app.example.com/login?next=%2Fhome&token=secret#frag",
	method: "POST",
	statusCode: 302,
	timeStamp: T,
	responseHeaders: [
		{ name: "Set-Cookie", value: "__Host-sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax" },
		{ name: "Set-Cookie", value: "old=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT" },
		{ name: "Set-Cookie", value: "__Host-bad=1; Secure" },
		{ name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
	],
};

test("records the response without its query, each Set-Cookie evaluated by the jar's rules", () => {
	const log = createResponseLog();
	const response = recordResponse(log, login, "chromium");
	expect(response).toMatchObject({
		url: "https://app.example.com/login",
		host: "app.example.com",
		method: "POST",
		status: 302,
		timeMs: T,
		hsts: { maxAge: 31536000, includeSubDomains: true },
	});
	expect(response?.setCookies.map((s) => s.outcome.status)).toEqual(["stored", "deleted", "rejected"]);
	expect(response?.setCookies[0]?.outcome).toMatchObject({
		status: "stored",
		cookie: { name: "__Host-sid", value: "abc", domain: "app.example.com", hostOnly: true, httpOnly: true },
	});
	expect(response?.setCookies[2]?.outcome).toMatchObject({ status: "rejected", reason: "prefix-violation" });
	expect(responsesOf(log, "example.com")).toEqual([response]);
});

test("the running browser's profile decides: Firefox accepts __Host- without Path=/ from a top-level URL", () => {
	const details = {
		...login,
		url: "https://app.example.com/",
		responseHeaders: [{ name: "Set-Cookie", value: "__Host-x=1; Secure" }],
	};
	const status = (profile: "chromium" | "firefox") =>
		recordResponse(createResponseLog(), details, profile)?.setCookies[0]?.outcome.status;
	expect(status("chromium")).toBe("rejected");
	expect(status("firefox")).toBe("stored");
});

test("Firefox's LF-joined header gives one evaluation per cookie", () => {
	const details = { ...login, responseHeaders: [{ name: "set-cookie", value: "a=1; Secure\nb=2; Secure" }] };
	const response = recordResponse(createResponseLog(), details, "firefox");
	expect(response?.setCookies.map((s) => s.header)).toEqual(["a=1; Secure", "b=2; Secure"]);
});

test("HSTS over plain http is not recorded (RFC 6797 §8.1)", () => {
	const details = { ...login, url: "http://app.example.com/" };
	expect(recordResponse(createResponseLog(), details, "chromium")?.hsts).toBeNull();
});

test("no Strict-Transport-Security, or an invalid one, is null", () => {
	const details = {
		...login,
		responseHeaders: [{ name: "Strict-Transport-Security", value: "includeSubDomains" }],
	};
	expect(recordResponse(createResponseLog(), details, "chromium")?.hsts).toBeNull();
	expect(recordResponse(createResponseLog(), { ...login, responseHeaders: [] }, "chromium")?.hsts).toBeNull();
});

test("keeps the last `limit` responses per site, sites apart", () => {
	const log = createResponseLog(2);
	for (let i = 0; i < 5; i++) recordResponse(log, { ...login, timeStamp: T + i }, "chromium");
	recordResponse(log, { ...login, url: "https://other.org/" }, "chromium");
	expect(responsesOf(log, "example.com").map((r) => r.timeMs)).toEqual([T + 3, T + 4]);
	expect(responsesOf(log, "other.org")).toHaveLength(1);
	clearResponses(log, "example.com");
	expect(responsesOf(log, "example.com")).toEqual([]);
	expect(responsesOf(log, "other.org")).toHaveLength(1);
});

test("a non-http URL is not recorded", () => {
	const log = createResponseLog();
	expect(recordResponse(log, { ...login, url: "data:text/plain,hi" }, "chromium")).toBeUndefined();
	expect(log.bySite).toEqual({});
});

test("the log is structured-clone data", () => {
	const log = createResponseLog();
	recordResponse(log, login, "chromium");
	expect(structuredClone(log)).toEqual(log);
});

test("a response without Set-Cookie or HSTS adds nothing once its https host is known, or over http", () => {
	const log = createResponseLog();
	const poll = (url: string, headers: { name: string; value: string }[] = []) =>
		observeResponse(
			{ url, method: "GET", statusCode: 200, timeStamp: T, responseHeaders: headers },
			"chromium",
		);
	const first = poll("https://app.example.com/api/poll");
	if (!first) throw new Error("not observed");
	expect(addsNothing(log, first)).toBe(false);
	addResponse(log, first);
	expect(
		[
			poll("https://app.example.com/api/poll?n=2"),
			poll("http://app.example.com/api/poll"),
			poll("https://api.example.com/poll"),
			poll("https://app.example.com/api/poll", [{ name: "Strict-Transport-Security", value: "max-age=60" }]),
			poll("https://app.example.com/api/poll", [{ name: "Set-Cookie", value: "a=1" }]),
		].map((r) => r !== undefined && addsNothing(log, r)),
	).toEqual([true, true, false, false, false]);
});
