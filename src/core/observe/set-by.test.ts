import { expect, test } from "vitest";
import type { Attribution } from "./match-jar-change.ts";
import { hstsByHost, setByOf } from "./set-by.ts";
import { inserted, observed, removed, sid, T } from "./testing/observed.ts";
import { addEvent, createTimeline } from "./timeline.ts";

const hash = (value: string) => `h(${value})`;
const login = observed(T, ["sid=abc; Path=/"]);
const server = (value: string, timeMs: number): Attribution => {
	const setCookie = login.setCookies[0];
	if (!setCookie) throw new Error("no Set-Cookie");
	return { change: inserted(value, timeMs), by: "server", response: login, setCookie };
};

test("nobody watched: no fact", () => {
	expect(setByOf(createTimeline(), sid("abc"))).toBeUndefined();
});

test("written last by an unseen writer: no fact, though a script wrote before", () => {
	const timeline = createTimeline();
	addEvent(timeline, { change: inserted("abc", T), by: "script" }, hash);
	addEvent(timeline, { change: inserted("xyz", T + 5_000), by: "unseen" }, hash);
	expect(setByOf(timeline, sid("xyz"))).toBeUndefined();
});

test("written last by a response: the server", () => {
	const timeline = createTimeline();
	addEvent(timeline, server("abc", T), hash);
	expect(setByOf(timeline, sid("abc"))).toEqual({ writer: "server", serverIssuedValue: true });
});

test("a script value of its own", () => {
	const timeline = createTimeline();
	addEvent(timeline, server("abc", T), hash);
	addEvent(timeline, { change: inserted("xyz", T + 5_000), by: "script" }, hash);
	expect(setByOf(timeline, sid("xyz"))).toEqual({ writer: "script", serverIssuedValue: false });
});

test("a script rewriting the value the server issued", () => {
	const timeline = createTimeline();
	addEvent(timeline, server("abc", T), hash);
	addEvent(timeline, { change: inserted("abc", T + 5_000), by: "script" }, hash);
	expect(setByOf(timeline, sid("abc"))).toEqual({ writer: "script", serverIssuedValue: true });
});

test("removed last: no fact", () => {
	const timeline = createTimeline();
	addEvent(timeline, { change: inserted("xyz", T), by: "script" }, hash);
	addEvent(timeline, { change: removed("xyz", T + 1, "expired"), by: "browser" }, hash);
	expect(setByOf(timeline, sid("xyz"))).toBeUndefined();
});

test("HSTS per host: the last valid header decides, max-age=0 switches it off, http lists nothing", () => {
	const responses = [
		observed(T, [], { url: "https://a.example.com/", sts: "max-age=600; includeSubDomains" }),
		observed(T + 1, [], { url: "https://a.example.com/x" }),
		observed(T + 2, [], { url: "https://b.example.com/", sts: "max-age=600" }),
		observed(T + 3, [], { url: "https://b.example.com/", sts: "max-age=0" }),
		observed(T + 4, [], { url: "https://c.example.com/", sts: "max-age=600; max-age=1" }),
		observed(T + 5, [], { url: "http://d.example.com/", sts: "max-age=600" }),
	];
	expect(hstsByHost(responses)).toEqual([
		{ host: "a.example.com", hsts: true, includeSubDomains: true },
		{ host: "b.example.com", hsts: false, includeSubDomains: false },
		{ host: "c.example.com", hsts: false, includeSubDomains: false },
	]);
});
