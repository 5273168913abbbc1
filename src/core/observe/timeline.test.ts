import { expect, test } from "vitest";
import { formatTimeline } from "./format-timeline.ts";
import type { Attribution } from "./match-jar-change.ts";
import { inserted, observed, removed, sid, T } from "./testing/observed.ts";
import { addEvent, clearTimeline, createTimeline, eventsOf } from "./timeline.ts";

/** A stand-in for the background's HMAC: keyed, short; tests only need equal values to hash equal. */
const hash = (value: string) => `h(${value})`;

const login = observed(T, ["sid=abc; Path=/"]);
const server = (value: string, timeMs: number, late?: true): Attribution => {
	const setCookie = login.setCookies[0];
	if (!setCookie) throw new Error("no Set-Cookie");
	return {
		change: inserted(value, timeMs),
		by: "server",
		response: login,
		setCookie,
		...(late ? { late } : {}),
	};
};

test("set, changed and removed, each with its writer; values only as hashes", () => {
	const timeline = createTimeline();
	addEvent(timeline, server("abc", T + 7_000), hash);
	addEvent(timeline, { change: inserted("xyz", T + 160_000), by: "script" }, hash);
	addEvent(timeline, { change: removed("xyz", T + 200_000, "expired"), by: "browser" }, hash);
	expect(eventsOf(timeline, sid("any"))).toEqual([
		{
			timeMs: T + 7_000,
			kind: "set",
			cookie: { name: "sid", domain: "app.example.com", hostOnly: true, path: "/" },
			by: { method: "POST", path: "/login", status: 302 },
			valueHash: "h(abc)",
		},
		{
			timeMs: T + 160_000,
			kind: "changed",
			cookie: { name: "sid", domain: "app.example.com", hostOnly: true, path: "/" },
			by: "script",
			valueHash: "h(xyz)",
			previousHash: "h(abc)",
		},
		{
			timeMs: T + 200_000,
			kind: "removed",
			cookie: { name: "sid", domain: "app.example.com", hostOnly: true, path: "/" },
			by: "browser",
			previousHash: "h(xyz)",
		},
	]);
	expect(JSON.stringify(timeline)).not.toContain('xyz"');
});

test("an insertion after a removal is a new set", () => {
	const timeline = createTimeline();
	addEvent(timeline, server("abc", T), hash);
	addEvent(timeline, { change: removed("abc", T + 1, "explicit"), by: "script" }, hash);
	expect(addEvent(timeline, server("def", T + 2), hash)?.kind).toBe("set");
});

test("an overwritten old copy adds no event", () => {
	const timeline = createTimeline();
	expect(
		addEvent(timeline, { change: removed("abc", T, "overwrite"), by: "overwritten" }, hash),
	).toBeUndefined();
	expect(timeline.bySite).toEqual({});
});

test("a copy set before anyone watched, overwritten: the insertion is a change and knows what it replaced", () => {
	const timeline = createTimeline();
	addEvent(timeline, { change: removed("old", T, "overwrite"), by: "overwritten" }, hash);
	const event = addEvent(timeline, server("new", T + 1), hash);
	expect([event?.kind, event?.valueHash, event?.previousHash]).toEqual(["changed", "h(new)", "h(old)"]);
	expect(timeline.replaced).toEqual({});
	// The next insertion replaces the last kept event's value.
	expect(addEvent(timeline, server("newer", T + 2), hash)?.previousHash).toBe("h(new)");
});

test("keeps the last `limit` events per site and clears per site", () => {
	const timeline = createTimeline(2);
	for (let i = 0; i < 5; i++) addEvent(timeline, { change: inserted(`v${i}`, T + i), by: "script" }, hash);
	expect(eventsOf(timeline, sid("")).map((e) => e.valueHash)).toEqual(["h(v3)", "h(v4)"]);
	clearTimeline(timeline, "example.com");
	expect(eventsOf(timeline, sid(""))).toEqual([]);
});

test("another cookie's events are not this one's", () => {
	const timeline = createTimeline();
	addEvent(timeline, server("abc", T), hash);
	expect(eventsOf(timeline, sid("abc", { path: "/app" }))).toEqual([]);
});

test("the details line, in UTC by default", () => {
	const timeline = createTimeline();
	addEvent(timeline, server("abc", Date.UTC(2026, 0, 1, 12, 1, 7)), hash);
	addEvent(timeline, { change: inserted("xyz", Date.UTC(2026, 0, 1, 12, 3, 40)), by: "script" }, hash);
	const events = eventsOf(timeline, sid(""));
	expect(formatTimeline(events)).toBe("set by POST /login 302 · 12:01:07, changed by script · 12:03:40");
	expect(formatTimeline(events, (ms) => `t${ms - Date.UTC(2026, 0, 1)}`)).toBe(
		"set by POST /login 302 · t43267000, changed by script · t43420000",
	);
	expect(formatTimeline([])).toBe("");
});

test("an unseen writer in the details line, and a late response corrects its event", () => {
	const timeline = createTimeline();
	const change = inserted("abc", Date.UTC(2026, 0, 1, 12, 1, 7));
	addEvent(timeline, { change, by: "unseen" }, hash);
	expect(formatTimeline(eventsOf(timeline, sid("")))).toBe(
		"set by an unseen writer (no response of the site heard yet) · 12:01:07",
	);
	const late = server("abc", change.timeMs);
	addEvent(timeline, late.by === "server" ? { ...late, late: true } : late, hash);
	expect(eventsOf(timeline, sid("")).map((e) => e.by)).toEqual([
		{ method: "POST", path: "/login", status: 302 },
	]);
});

test("the timeline is structured-clone data", () => {
	const timeline = createTimeline();
	addEvent(timeline, server("abc", T), hash);
	expect(structuredClone(timeline)).toEqual(timeline);
});

test("a late attribution corrects the script's event of that change instead of adding one", () => {
	const timeline = createTimeline();
	addEvent(timeline, server("abc", T), hash);
	addEvent(timeline, { change: inserted("xyz", T + 5_000), by: "script" }, hash);
	expect(addEvent(timeline, server("xyz", T + 5_000, true), hash)?.by).toEqual({
		method: "POST",
		path: "/login",
		status: 302,
	});
	expect(eventsOf(timeline, sid("any")).map((e) => [e.kind, e.by, e.valueHash])).toEqual([
		["set", { method: "POST", path: "/login", status: 302 }, "h(abc)"],
		["changed", { method: "POST", path: "/login", status: 302 }, "h(xyz)"],
	]);
	// No script event of that time and value: added as any server event.
	expect(addEvent(timeline, server("zzz", T + 9_000, true), hash)?.valueHash).toBe("h(zzz)");
	expect(eventsOf(timeline, sid("any"))).toHaveLength(3);
});

test("a change attributed late goes where it happened: the later change stays the cookie's last", () => {
	const timeline = createTimeline();
	// The script's write at T waited out the match window; the server's write at T + 500 matched at once.
	addEvent(timeline, server("abc", T + 500), hash);
	addEvent(timeline, { change: inserted("xyz", T), by: "script" }, hash);
	expect(
		eventsOf(timeline, sid("any")).map((e) => [e.timeMs, e.by === "script" ? "script" : "server"]),
	).toEqual([
		[T, "script"],
		[T + 500, "server"],
	]);
	expect(eventsOf(timeline, sid("any"))[0]?.kind).toBe("set");
});
