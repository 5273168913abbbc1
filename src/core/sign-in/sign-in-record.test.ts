import { expect, test } from "vitest";
import type { TimelineEvent } from "../observe/timeline.ts";
import {
	addSignIn,
	isDue,
	noteNavigation,
	type SignInRecord,
	settleSignIn,
	signInBy,
	signInFacts,
} from "./sign-in-record.ts";

const T = Date.UTC(2026, 11, 3, 9, 0, 0);
const sid = { name: "sid", domain: "app.example.test", hostOnly: true, path: "/", storeId: "0" };
const record = (extra: Partial<SignInRecord> = {}): SignInRecord => ({
	id: "r1",
	site: "example.test",
	storeId: "0",
	startMs: T,
	source: "password-field",
	request: {
		requestId: "42",
		method: "POST",
		url: "https://app.example.test/login",
		field: "password",
		fromScript: false,
		status: 303,
		location: "/account",
	},
	endMs: T + 3_100,
	result: "succeeded",
	...extra,
});

test("due once its window closed, if it succeeded and is not settled yet", () => {
	expect(isDue(record(), T + 3_000)).toBe(false);
	expect(isDue(record(), T + 3_100)).toBe(true);
	expect(isDue(record({ result: "failed" }), T + 9_000)).toBe(false);
	expect(isDue(record({ outcomes: [] }), T + 9_000)).toBe(false);
});

test("settled from the timeline: the latest sign-in's outcome is the cookie's fact", () => {
	const set: TimelineEvent = { timeMs: T - 5_000, kind: "set", cookie: sid, by: "script", valueHash: "a" };
	const first = record();
	settleSignIn(first, [set], []);
	expect(first.outcomes).toEqual([{ cookie: sid, outcome: "kept" }]);
	const renewed: TimelineEvent = {
		timeMs: T + 60_050,
		kind: "changed",
		cookie: sid,
		by: { method: "POST", path: "/login", status: 303 },
		valueHash: "b",
		previousHash: "a",
	};
	const second = record({ id: "r2", startMs: T + 60_000, endMs: T + 63_000 });
	settleSignIn(second, [set, renewed], []);
	const facts = signInFacts([second, first]);
	expect([...facts.values()]).toEqual([
		{ id: "r2", outcome: "renewed", timeMs: T + 60_000, by: "POST /login 303" },
	]);
});

test("the test's record says so; the list keeps the latest twenty", () => {
	expect(signInBy(record({ source: "test" }))).toBe("the sign-in test");
	const records: SignInRecord[] = [];
	for (let i = 0; i < 25; i++) addSignIn(records, record({ id: `r${i}` }));
	expect(records.map((r) => r.id).slice(0, 2)).toEqual(["r5", "r6"]);
	expect(records).toHaveLength(20);
});

test("a script's 2xx counts only once its tab loaded another page within the window", () => {
	const kept: TimelineEvent = { timeMs: T - 5_000, kind: "set", cookie: sid, by: "script", valueHash: "a" };
	const api = {
		requestId: "9",
		method: "POST",
		url: "https://app.example.test/api/login",
		field: "password",
		fromScript: true,
		status: 200,
		tabId: 4,
		pageUrl: "https://app.example.test/login",
	};
	const settled = (navigation?: { tabId: number; url: string; timeMs: number }) => {
		const r = record({ request: { ...api } });
		const noted = navigation ? noteNavigation(r, navigation) : false;
		settleSignIn(r, [kept], []);
		return { noted, result: r.result, outcomes: r.outcomes?.map((o) => o.outcome) };
	};
	expect(settled()).toEqual({ noted: false, result: "unclear", outcomes: undefined });
	const home = { tabId: 4, url: "https://app.example.test/home", timeMs: T + 200 };
	expect(settled(home)).toEqual({ noted: true, result: "succeeded", outcomes: ["kept"] });
	expect(settled({ ...home, tabId: 5 }).result).toBe("unclear");
	expect(settled({ ...home, url: "https://app.example.test/login?error=1" }).result).toBe("unclear");
	expect(settled({ ...home, url: "https://app.example.test/login" }).result).toBe("unclear");
	expect(settled({ ...home, timeMs: T + 60_000 }).result).toBe("unclear");
});
