/**
 * The whole observation as the background will wire it: responses into the log and the matcher, jar
 * changes into the matcher, attributions into the timeline, and the facts they yield into an audit.
 */
import { expect, test } from "vitest";
import { auditSites } from "../audit/audit-sites.ts";
import type { AuditInput } from "../audit-input.ts";
import { DEFAULT_SETTINGS } from "../settings/settings.ts";
import { formatTimeline } from "./format-timeline.ts";
import { createChangeMatcher, expire, matchChange, matchResponse } from "./match-jar-change.ts";
import { createResponseLog, recordResponse, responsesOf } from "./response-log.ts";
import { hstsByHost, setByOf } from "./set-by.ts";
import { T } from "./testing/observed.ts";
import { addEvent, createTimeline, eventsOf } from "./timeline.ts";

const hash = (value: string) => `h(${value})`;
const TOKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const OTHER = "0b822cd15d6c15b0f00a089f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b";

test("a login the server sets, a script later rewrites, on a host without HSTS", () => {
	const log = createResponseLog();
	const matcher = createChangeMatcher(1_000);
	const timeline = createTimeline();
	const record = (attributions: ReturnType<typeof matchResponse>) => {
		for (const a of attributions) addEvent(timeline, a, hash);
	};
	const cookie = {
		name: "__Host-sid",
		value: TOKEN,
		domain: "app.example.com",
		hostOnly: true,
		path: "/",
		secure: true,
		httpOnly: true,
		sameSite: "lax" as const,
		session: true,
	};
	// The jar change arrives first, then the response that caused it.
	expect(
		matchChange(matcher, { cookie, removed: false, cause: "explicit", timeMs: T + 7_000 }),
	).toBeUndefined();
	const login = recordResponse(
		log,
		{
			url: "https://app.example.com/login?next=/",
			method: "POST",
			statusCode: 302,
			timeStamp: T + 7_020,
			responseHeaders: [
				{ name: "set-cookie", value: `__Host-sid=${TOKEN}; Path=/; Secure; HttpOnly; SameSite=Lax` },
			],
		},
		"firefox",
	);
	if (!login) throw new Error("not recorded");
	record(matchResponse(matcher, login));
	// A script writes a value of its own: it cannot set HttpOnly.
	const scripted = { ...cookie, value: OTHER, httpOnly: false };
	const late = T + 160_000;
	matchChange(matcher, { cookie: { ...cookie }, removed: true, cause: "overwrite", timeMs: late });
	expect(
		matchChange(matcher, { cookie: scripted, removed: false, cause: "explicit", timeMs: late }),
	).toBeUndefined();
	record(expire(matcher, late + 1_001));

	expect(formatTimeline(eventsOf(timeline, cookie))).toBe(
		"set by POST /login 302 · 00:00:07, changed by script · 00:02:40",
	);
	const setBy = setByOf(timeline, scripted);
	expect(setBy).toEqual({ writer: "script", serverIssuedValue: false });
	const input: AuditInput = {
		subjects: [{ cookie: scripted, ...(setBy ? { setBy } : {}) }],
		now: Math.floor(late / 1000),
		settings: DEFAULT_SETTINGS,
		pageUrls: ["https://app.example.com/"],
		hsts: hstsByHost(responsesOf(log, "example.com")),
	};
	const [site] = auditSites(input);
	const findings = site?.cookies[0]?.findings.map((f) => [f.rule, f.severity]);
	expect(findings).toEqual([
		["missing-httponly", "high"],
		["set-by-script", "high"],
		["missing-hsts", "medium"],
	]);
});

test("without observed facts neither rule fires", () => {
	const cookie = {
		name: "__Host-sid",
		value: TOKEN,
		domain: "app.example.com",
		hostOnly: true,
		path: "/",
		secure: true,
		httpOnly: false,
		sameSite: "lax" as const,
		session: true,
	};
	const [site] = auditSites({
		subjects: [{ cookie }],
		now: Math.floor(T / 1000),
		settings: DEFAULT_SETTINGS,
		pageUrls: ["https://app.example.com/"],
	});
	expect(site?.cookies[0]?.findings.map((f) => f.rule)).toEqual(["missing-httponly"]);
});
