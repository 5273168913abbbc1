import { expect, test } from "vitest";
import type { TimelineEvent } from "../observe/timeline.ts";
import { signOutSeen } from "./sign-out-seen.ts";

const T = Date.UTC(2026, 11, 3, 10, 0, 0);
const sid = { name: "sid", domain: "app.example.test", hostOnly: true, path: "/", storeId: "0" };
const logout = { method: "GET", path: "/logout", status: 303 };

const event = (extra: Partial<TimelineEvent>): TimelineEvent => ({
	timeMs: T + 5_000,
	kind: "removed",
	cookie: sid,
	by: logout,
	previousHash: "a",
	...extra,
});

test("a response removing the watched session is the sign-out", () => {
	expect(signOutSeen([event({})], [sid], T)).toEqual({ timeMs: T + 5_000, by: "GET /logout 303" });
});

test("a response replacing its value is one too; the same value sent again is not", () => {
	expect(signOutSeen([event({ kind: "changed", valueHash: "b" })], [sid], T)?.by).toBe("GET /logout 303");
	expect(signOutSeen([event({ kind: "changed", valueHash: "a" })], [sid], T)).toBeUndefined();
});

test("a script's or the browser's removal, an event before the test, another cookie: none", () => {
	expect(signOutSeen([event({ by: "script" })], [sid], T)).toBeUndefined();
	expect(signOutSeen([event({ by: "browser" })], [sid], T)).toBeUndefined();
	expect(signOutSeen([event({ timeMs: T - 1 })], [sid], T)).toBeUndefined();
	expect(signOutSeen([event({ cookie: { ...sid, name: "theme" } })], [sid], T)).toBeUndefined();
});
