import { describe, expect, test } from "vitest";
import { type BrowserProfile, createCookieJar } from "./cookie-jar.ts";

const NOW = 1_790_000_000; // 2026-09-21
const URL = "https://www.example.com/a/b";
const CAP = 34_560_000;

function store(header: string, url = URL, profile: BrowserProfile = "chromium") {
	return createCookieJar({ profile }).setCookie(header, url, NOW);
}

describe("stores", () => {
	test("a plain cookie as a host-only browser-session cookie with the default path", () => {
		const outcome = store("sid=abc");
		expect(outcome).toEqual({
			status: "stored",
			cookie: {
				name: "sid",
				value: "abc",
				domain: "www.example.com",
				hostOnly: true,
				path: "/a",
				secure: false,
				httpOnly: false,
				sameSite: "unspecified",
				session: true,
				partitionKey: null,
			},
			origin: { setCookie: "sid=abc", url: URL },
		});
	});

	test.each([
		[
			"a Domain cookie with a leading dot",
			"a=b; Domain=example.com",
			{ domain: ".example.com", hostOnly: false },
		],
		["a Domain written with a dot and capitals", "a=b; Domain=.EXAMPLE.com", { domain: ".example.com" }],
		[
			"a Domain equal to the host as a domain cookie",
			"a=b; Domain=www.example.com",
			{ domain: ".www.example.com" },
		],
		["an empty Domain as host-only", "a=b; Domain=", { domain: "www.example.com", hostOnly: true }],
		["an explicit Path", "a=b; Path=/x/y", { path: "/x/y" }],
		["a relative Path as the default-path", "a=b; Path=x", { path: "/a" }],
		["Max-Age as an expiry from now", "a=b; Max-Age=3600", { session: false, expirationDate: NOW + 3600 }],
		["Expires as the expiry", "a=b; Expires=Fri, 01 Jan 2027 00:00:00 GMT", { expirationDate: 1798761600 }],
		[
			"Max-Age over an earlier Expires",
			"a=b; Max-Age=60; Expires=Fri, 01 Jan 2027 00:00:00 GMT",
			{ expirationDate: NOW + 60 },
		],
		[
			"Max-Age over a later Expires",
			"a=b; Expires=Fri, 01 Jan 2027 00:00:00 GMT; Max-Age=60",
			{ expirationDate: NOW + 60 },
		],
		[
			"a Max-Age over 400 days capped at 400 days",
			"a=b; Max-Age=999999999999",
			{ expirationDate: NOW + CAP },
		],
		["a Max-Age of exactly 400 days as is", `a=b; Max-Age=${CAP}`, { expirationDate: NOW + CAP }],
		[
			"an Expires beyond 400 days capped",
			"a=b; Expires=Fri, 01 Jan 2100 00:00:00 GMT",
			{ expirationDate: NOW + CAP },
		],
		["a session cookie when Expires is invalid", "a=b; Expires=soon", { session: true }],
		["flags", "a=b; Secure; HttpOnly; SameSite=Strict", { secure: true, httpOnly: true, sameSite: "strict" }],
		["SameSite=None with Secure", "a=b; SameSite=None; Secure", { sameSite: "none" }],
		["an invalid SameSite as unspecified", "a=b; SameSite=Yes", { sameSite: "unspecified" }],
		[
			"a partitioned cookie with its top-level site",
			"a=b; Secure; Partitioned",
			{ partitionKey: { topLevelSite: "https://example.com" } },
		],
	])("%s", (_what, header, expected) => {
		const outcome = store(header);
		expect(outcome.status).toBe("stored");
		expect(outcome.status === "stored" && outcome.cookie).toMatchObject(expected);
	});

	test("the raw SameSite value in the origin", () => {
		expect(store("a=b; samesite=bogus")).toMatchObject({ origin: { sameSiteAttribute: "bogus" } });
	});

	test.each([
		["http://localhost:8080/", "localhost"],
		["http://app.localhost/", "app.localhost"],
		["http://127.0.0.1/", "127.0.0.1"],
		["http://[::1]/", "::1"],
	])("a Secure cookie from the loopback origin %s", (url, domain) => {
		expect(store("a=b; Secure", url)).toMatchObject({ status: "stored", cookie: { domain, secure: true } });
	});

	test.each([
		["an IP host with Domain equal to it", "a=b; Domain=192.168.0.1", "http://192.168.0.1/"],
		["localhost with Domain=localhost", "a=b; Domain=localhost", "http://localhost/"],
		["a public-suffix host with Domain equal to it", "a=b; Domain=github.io", "https://github.io/"],
	])("host-only: %s", (_what, header, url) => {
		expect(store(header, url)).toMatchObject({ status: "stored", cookie: { hostOnly: true } });
	});

	test.each([
		["__Secure- with Secure", "__Secure-a=1; Secure"],
		["__Host- with Secure and Path=/", "__Host-a=1; Secure; Path=/"],
		["__Http- with Secure and HttpOnly", "__Http-a=1; Secure; HttpOnly"],
		["__Host-Http- with Secure, HttpOnly and Path=/", "__Host-Http-a=1; Secure; HttpOnly; Path=/"],
		["a name that merely contains a prefix", "x__Host-a=1"],
	])("a prefixed cookie that meets its prefix: %s", (_what, header) => {
		expect(store(header).status).toBe("stored");
	});
});

describe("refuses", () => {
	test.each([
		["syntax", "", URL],
		["syntax", "a=b", "not a url"],
		["syntax", "a=b", "ftp://example.com/"],
		["syntax", "=x=y", URL],
		["too-large", `a=${"x".repeat(4096)}`, URL],
		["invalid-characters", "a=b\x01", URL],
		["invalid-characters", "a=b\0", URL],
		["secure-from-insecure-origin", "a=b; Secure", "http://www.example.com/"],
		["secure-from-insecure-origin", "__Host-a=b; Secure; Path=/", "http://10.0.0.1/"],
		["samesite-none-insecure", "a=b; SameSite=None", URL],
		["samesite-none-insecure", "a=b; SameSite=none", "http://localhost/"],
		["prefix-violation", "__Secure-a=1", URL],
		["prefix-violation", "__SECURE-a=1", URL],
		["prefix-violation", "__Host-a=1; Secure; Path=/; Domain=example.com", URL],
		["prefix-violation", "__host-a=1; Path=/", URL],
		["prefix-violation", "__Host-a=1; Secure; Path=/x", URL],
		["prefix-violation", "__Http-a=1; Secure", URL],
		["prefix-violation", "__Http-a=1; HttpOnly", URL],
		["prefix-violation", "__Host-Http-a=1; Secure; Path=/", URL],
		["prefix-violation", "__Host-Http-a=1; Secure; HttpOnly", URL],
		["prefix-violation", "__Secure-x", URL],
		["prefix-violation", "=__Host-x", URL],
		["partitioned-insecure", "a=b; Partitioned", URL],
		["domain-mismatch", "a=b; Domain=other.com", URL],
		["domain-mismatch", "a=b; Domain=api.example.com", URL],
		["domain-mismatch", "a=b; Domain=xample.com", URL],
		["domain-mismatch", "a=b; Domain=0.0.1", "http://192.168.0.1/"],
		["public-suffix-domain", "a=b; Domain=com", URL],
		["public-suffix-domain", "a=b; Domain=.co.uk", "https://www.bbc.co.uk/"],
		["public-suffix-domain", "a=b; Domain=github.io", "https://user.github.io/"],
		["public-suffix-domain", "a=b; Domain=localhost", "http://app.localhost/"],
	])("with %s: %j from %s", (reason, header, url) => {
		expect(store(header, url)).toMatchObject({ status: "rejected", reason });
	});

	test.each([
		["a=b; SameSite=None", 'Refused cookie "a": SameSite=None requires the Secure attribute.'],
		["__Host-sid=1; Secure", 'Refused cookie "__Host-sid": the __Host- prefix needs Path=/.'],
		[
			"=value",
			'Refused the nameless cookie: it has an empty name. Browsers differ: Chromium stores a nameless cookie with value "value"; Firefox refuses it (syntax).',
		],
		["=__Secure-x", "Refused the nameless cookie: a nameless cookie's value may not start with __Secure-."],
		["a\x01b=c", 'Refused cookie "a\\u0001b": it contains a control character.'],
	])("with a one-line message naming the cookie: %j", (header, message) => {
		const profile = header === "=value" ? "firefox" : "chromium";
		expect(store(header, URL, profile)).toMatchObject({ status: "rejected", message });
	});
});
