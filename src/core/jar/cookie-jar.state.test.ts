import { describe, expect, test } from "vitest";
import { createCookieJar } from "./cookie-jar.ts";

const NOW = 1_790_000_000;
const URL = "https://www.example.com/";

function jarWith(...headers: string[]) {
	const jar = createCookieJar();
	for (const header of headers) jar.setCookie(header, URL, NOW);
	return jar;
}

const names = (jar: ReturnType<typeof createCookieJar>, now = NOW) =>
	jar.subjects(now).map((s) => `${s.cookie.name}=${s.cookie.value}`);

describe("deletes", () => {
	test.each([
		["Max-Age=0", "sid=; Max-Age=0"],
		["a negative Max-Age", "sid=; Max-Age=-1"],
		["an Expires in the past", "sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT"],
		["Max-Age=0 even with a future Expires", "sid=; Expires=Fri, 01 Jan 2100 00:00:00 GMT; Max-Age=0"],
	])("an existing cookie on %s, storing nothing", (_what, header) => {
		const jar = jarWith("sid=1", "other=2");
		const outcome = jar.setCookie(header, URL, NOW);
		expect(outcome).toEqual({
			status: "deleted",
			name: "sid",
			domain: "www.example.com",
			path: "/",
			removed: true,
		});
		expect(names(jar)).toEqual(["other=2"]);
	});

	test("nothing when no cookie has that name, domain and path", () => {
		const jar = jarWith("sid=1; Path=/x", "sid=2; Domain=example.com");
		expect(jar.setCookie("sid=; Max-Age=0", URL, NOW)).toMatchObject({ status: "deleted", removed: false });
		expect(names(jar)).toEqual(["sid=1", "sid=2"]);
	});

	test("a domain cookie only with the same Domain", () => {
		const jar = jarWith("sid=1; Domain=example.com");
		const outcome = jar.setCookie("sid=; Domain=.example.com; Max-Age=0", URL, NOW);
		expect(outcome).toMatchObject({ status: "deleted", domain: ".example.com", removed: true });
	});

	test("nothing when the deleting header is itself refused", () => {
		const jar = jarWith("__Host-sid=1; Secure; Path=/");
		expect(jar.setCookie("__Host-sid=; Path=/; Max-Age=0", URL, NOW)).toMatchObject({ status: "rejected" });
		expect(names(jar)).toEqual(["__Host-sid=1"]);
	});
});

describe("replaces", () => {
	test("a cookie with the same name, domain and path, keeping its place", () => {
		const jar = jarWith("a=1", "b=2", "a=3; HttpOnly");
		expect(names(jar)).toEqual(["a=3", "b=2"]);
		expect(jar.subjects(NOW)[0]?.cookie.httpOnly).toBe(true);
	});

	test.each([
		["another path", "a=1", "a=2; Path=/x"],
		["a domain cookie beside a host-only one", "a=1", "a=2; Domain=example.com"],
		["a partitioned cookie beside an unpartitioned one", "a=1; Secure", "a=2; Secure; Partitioned"],
	])("nothing when the new cookie has %s", (_what, first, second) => {
		expect(names(jarWith(first, second))).toEqual(["a=1", "a=2"]);
	});
});

describe("leaves Secure cookies alone (RFC 6265bis §5.7 step 16)", () => {
	test("an insecure origin may not overwrite a Secure cookie", () => {
		const jar = jarWith("sid=1; Secure");
		const outcome = jar.setCookie("sid=2", "http://www.example.com/", NOW);
		expect(outcome).toMatchObject({ status: "rejected", reason: "secure-from-insecure-origin" });
		expect(names(jar)).toEqual(["sid=1"]);
	});

	test("an insecure origin may not shadow it from a parent domain", () => {
		const jar = jarWith("sid=1; Secure");
		const outcome = jar.setCookie("sid=2; Domain=example.com", "http://www.example.com/", NOW);
		expect(outcome).toMatchObject({ status: "rejected", reason: "secure-from-insecure-origin" });
	});

	test("other names are still accepted", () => {
		const jar = jarWith("sid=1; Secure");
		expect(jar.setCookie("theme=dark", "http://www.example.com/", NOW).status).toBe("stored");
	});

	test("a secure origin may replace it with a non-Secure cookie", () => {
		const jar = jarWith("sid=1; Secure");
		expect(jar.setCookie("sid=2", URL, NOW).status).toBe("stored");
		expect(names(jar)).toEqual(["sid=2"]);
	});
});

describe("subjects", () => {
	test("lists unexpired cookies with the header and URL that stored them", () => {
		const jar = jarWith("a=1; Max-Age=60", "b=2");
		expect(names(jar, NOW + 59)).toEqual(["a=1", "b=2"]);
		expect(names(jar, NOW + 60)).toEqual(["b=2"]);
		expect(jar.subjects(NOW)[1]?.header).toEqual({ setCookie: "b=2", url: URL });
	});

	test("carries the browser difference of a header", () => {
		const jar = jarWith("foo");
		expect(jar.subjects(NOW)[0]?.header?.browserDifference).toBe(
			'Chromium stores a nameless cookie with value "foo"; Firefox stores a cookie named "foo" with an empty value',
		);
	});

	test("returns copies that cannot change the jar", () => {
		const jar = jarWith("a=1");
		const [subject] = jar.subjects(NOW);
		if (subject) subject.cookie.value = "changed";
		expect(names(jar)).toEqual(["a=1"]);
	});
});

describe("cookiesFor", () => {
	const jar = createCookieJar();
	const set = (header: string, url: string) => jar.setCookie(header, url, NOW);
	set("host=1", "https://www.example.com/");
	set("dom=2; Domain=example.com", "https://www.example.com/");
	set("deep=3; Path=/docs/api", "https://www.example.com/");
	set("docs=4; Path=/docs", "https://www.example.com/");
	set("sec=5; Secure", "https://www.example.com/");
	set("short=6; Max-Age=10", "https://www.example.com/");
	set("part=7; Secure; Partitioned", "https://www.example.com/");
	set("loc=8; Secure", "http://localhost/");

	test.each([
		["https://www.example.com/docs/api/x", NOW, ["deep", "docs", "host", "dom", "sec", "short", "part"]],
		["https://www.example.com/docs", NOW, ["docs", "host", "dom", "sec", "short", "part"]],
		["https://www.example.com/docsx", NOW, ["host", "dom", "sec", "short", "part"]],
		["http://www.example.com/", NOW, ["host", "dom", "short"]],
		["https://example.com/", NOW, ["dom"]],
		["https://api.example.com/", NOW + 10, ["dom"]],
		["https://www.example.com/", NOW + 10, ["host", "dom", "sec", "part"]],
		["http://localhost/", NOW, ["loc"]],
		["https://other.com/", NOW, []],
		["not a url", NOW, []],
	])("%s at %i sends %j", (url, now, expected) => {
		expect(jar.cookiesFor(url, now).map((c) => c.name)).toEqual(expected);
	});
});

test("an unknown profile is a usage error", () => {
	expect(() => createCookieJar({ profile: "safari" as never })).toThrow(/safari/);
});
