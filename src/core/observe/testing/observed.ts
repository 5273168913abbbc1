/** Builders for observe tests: an observed response, a session cookie `sid` and its jar changes. */
import type { Cookie } from "../../cookie.ts";
import type { JarChange } from "../match-jar-change.ts";
import { createResponseLog, type ObservedResponse, recordResponse } from "../response-log.ts";

export const T = 1_767_225_600_000; // 2026-01-01T00:00:00Z in milliseconds

export function observed(
	timeMs: number,
	setCookies: string[],
	extra: { url?: string; method?: string; statusCode?: number; sts?: string } = {},
): ObservedResponse {
	const headers = setCookies.map((value) => ({ name: "Set-Cookie", value }));
	if (extra.sts !== undefined) headers.push({ name: "Strict-Transport-Security", value: extra.sts });
	const details = {
		url: extra.url ?? "https://app.example.com/login",
		method: extra.method ?? "POST",
		statusCode: extra.statusCode ?? 302,
		timeStamp: timeMs,
		responseHeaders: headers,
	};
	const response = recordResponse(createResponseLog(), details, "chromium");
	if (!response) throw new Error(`${details.url} was not recorded`);
	return response;
}

export function sid(value: string, extra: Partial<Cookie> = {}): Cookie {
	return {
		name: "sid",
		value,
		domain: "app.example.com",
		hostOnly: true,
		path: "/",
		secure: true,
		httpOnly: false,
		sameSite: "lax",
		session: true,
		...extra,
	};
}

export const inserted = (value: string, timeMs: number): JarChange => ({
	cookie: sid(value),
	removed: false,
	cause: "explicit",
	timeMs,
});

export const removed = (value: string, timeMs: number, cause: string): JarChange => ({
	cookie: sid(value),
	removed: true,
	cause,
	timeMs,
});
