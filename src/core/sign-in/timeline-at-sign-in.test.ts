import { expect, test } from "vitest";
import type { TimelineEvent } from "../observe/timeline.ts";
import { outcomesFromTimeline } from "./timeline-at-sign-in.ts";

const T = Date.UTC(2026, 11, 3, 9, 0, 0);
const id = (name: string, storeId = "0") => ({
	name,
	domain: "app.example.test",
	hostOnly: true,
	path: "/",
	storeId,
});
const post = { method: "POST", path: "/login", status: 303 };
const ev = (
	name: string,
	timeMs: number,
	kind: TimelineEvent["kind"],
	valueHash?: string,
	previousHash?: string,
): TimelineEvent => ({
	timeMs,
	kind,
	cookie: id(name),
	by: post,
	...(valueHash ? { valueHash } : {}),
	...(previousHash ? { previousHash } : {}),
});
const window = { startMs: T + 10_000, endMs: T + 13_000, storeId: "0" };
const outcome = (events: TimelineEvent[], jar = [] as ReturnType<typeof id>[]) =>
	outcomesFromTimeline(events, window, jar).map((o) => `${o.cookie.name} ${o.outcome}`);

test("set before the sign-in and renewed at it; a csrf cookie changed with the same value: kept", () => {
	expect(
		outcome([
			ev("sid", T, "set", "a"),
			ev("csrftoken", T, "set", "c"),
			ev("sid", T + 10_050, "changed", "b", "a"),
			ev("csrftoken", T + 10_050, "changed", "c", "c"),
		]),
	).toEqual(["sid renewed", "csrftoken kept"]);
});

test("set before, untouched at the sign-in: kept; set only at it: new; removed at it: ended", () => {
	expect(
		outcome([
			ev("sid", T, "set", "a"),
			ev("anon", T, "set", "x"),
			ev("auth", T + 10_100, "set", "z"),
			ev("anon", T + 10_100, "removed", undefined, "x"),
		]),
	).toEqual(["sid kept", "auth new", "anon ended"]);
});

test("a cookie in the jar that nobody saw change kept its value; one first seen later was not there", () => {
	expect(outcome([ev("later", T + 20_000, "set", "l")], [id("sid"), id("later")])).toEqual(["sid kept"]);
});

test("first seen as an overwrite after the sign-in: its value before is the overwritten one", () => {
	expect(outcome([ev("sid", T + 60_000, "changed", "n", "a")])).toEqual(["sid kept"]);
	expect(outcome([ev("sid", T + 11_000, "changed", "n", "a")])).toEqual(["sid renewed"]);
});

test("a change that does not say what it replaced is left out, not guessed", () => {
	expect(outcome([ev("sid", T + 11_000, "changed", "n")])).toEqual([]);
});

test("another store's cookies are not this sign-in's", () => {
	expect(outcomesFromTimeline([], window, [id("sid", "firefox-container-1")])).toEqual([]);
});

test("changes after the window settled do not count", () => {
	expect(outcome([ev("sid", T, "set", "a"), ev("sid", T + 30_000, "changed", "b", "a")])).toEqual([
		"sid kept",
	]);
});
