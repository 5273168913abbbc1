import { describe, expect, test } from "vitest";
import { describeBrowserDifference } from "./browser-difference.ts";
import { profilesCanDiffer } from "./browser-profiles.ts";
import { createCookieJar } from "./cookie-jar.ts";

const NOW = 1_790_000_000;
const URL = "https://www.example.com/";

const outcome = (profile: "chromium" | "firefox", header: string, url = URL) =>
	createCookieJar({ profile }).setCookie(header, url, NOW);

// The differences verified in Chromium 156 and Firefox ESR 153 (see browser-profiles.ts).
describe("each profile stores what its browser stores", () => {
	test.each([
		[
			"a bare token",
			"foo",
			{ status: "stored", cookie: { name: "", value: "foo" } },
			{ status: "stored", cookie: { name: "foo", value: "" } },
		],
		[
			"=value",
			"=value",
			{ status: "stored", cookie: { name: "", value: "value" } },
			{ status: "rejected", reason: "syntax" },
		],
		[
			"a nameless value with =",
			"=a=b",
			{ status: "rejected", reason: "syntax" },
			{ status: "rejected", reason: "syntax" },
		],
		[
			"__Host- without Path",
			"__Host-a=1; Secure",
			{ status: "rejected", reason: "prefix-violation" },
			{ status: "stored", cookie: { name: "__Host-a", path: "/" } },
		],
		[
			"a bare CR in the value",
			"a=b\rc; Secure",
			{ status: "stored", cookie: { value: "b", secure: false } },
			{ status: "rejected", reason: "invalid-characters" },
		],
		[
			"a NUL",
			"a=b\0c",
			{ status: "rejected", reason: "invalid-characters" },
			{ status: "rejected", reason: "invalid-characters" },
		],
		[
			"no SameSite",
			"a=b",
			{ status: "stored", cookie: { sameSite: "unspecified" } },
			{ status: "stored", cookie: { sameSite: "unspecified" } },
		],
		[
			"Partitioned; Secure on a top-level page",
			"a=b; Secure; Partitioned",
			{ status: "stored", cookie: { partitionKey: { topLevelSite: "https://example.com" } } },
			{ status: "stored", cookie: { partitionKey: { topLevelSite: "https://example.com" } } },
		],
		[
			"a lifetime over 400 days",
			"a=b; Max-Age=99999999",
			{ status: "stored", cookie: { expirationDate: NOW + 34_560_000 } },
			{ status: "stored", cookie: { expirationDate: NOW + 34_560_000 } },
		],
	])("%s", (_what, header, chromium, firefox) => {
		expect(outcome("chromium", header)).toMatchObject(chromium);
		expect(outcome("firefox", header)).toMatchObject(firefox);
	});

	test("Firefox still refuses __Host- when the default path is not /", () => {
		expect(outcome("firefox", "__Host-a=1; Secure", "https://www.example.com/dir/page")).toMatchObject({
			status: "rejected",
			reason: "prefix-violation",
		});
	});
});

describe("describeBrowserDifference", () => {
	test.each([
		[
			"foo",
			'Chromium stores a nameless cookie with value "foo"; Firefox stores a cookie named "foo" with an empty value',
		],
		["=value", 'Chromium stores a nameless cookie with value "value"; Firefox refuses it (syntax)'],
		[
			"__Host-a=1; Secure",
			'Chromium refuses it (prefix-violation); Firefox stores a cookie named "__Host-a" with value "1"',
		],
		["a=b\rc", 'Chromium stores a cookie named "a" with value "b"; Firefox refuses it (invalid-characters)'],
		["foo; Max-Age=0", 'Chromium deletes the nameless cookie; Firefox deletes cookie "foo"'],
	])("describes %j", (header, expected) => {
		expect(describeBrowserDifference(header, URL, NOW)).toBe(expected);
	});

	test.each([
		["sid=1; Secure; HttpOnly"],
		["=a=b"],
		["a=b\0"],
		["a=b; Secure"],
		[""],
		["__Host-a=1; Secure; Path=/"],
		// Chromium refuses it as a prefix look-alike, Firefox for its empty name: refused alike all the same.
		["=__Secure-x"],
	])("is null when both browsers agree on %j", (header) => {
		expect(describeBrowserDifference(header, URL, NOW)).toBeNull();
	});

	test("is null for a URL neither browser accepts", () => {
		expect(describeBrowserDifference("foo", "no url", NOW)).toBeNull();
	});
});

describe("profilesCanDiffer: the shapes on which the profiles can disagree", () => {
	test.each([
		["foo"],
		["foo; Path=/"],
		["=value"],
		[" \t=value; Secure"],
		["a=b\rc"],
		["a=b; Path=/\n"],
		["__Host-a=1; Secure"],
		["  __host-A=1"],
	])("%j can differ", (header) => {
		expect(profilesCanDiffer(header)).toBe(true);
	});

	test.each([
		["sid=1; Secure; HttpOnly"],
		["a=b=c"],
		["__Secure-a=1; Secure"],
		["__Hos=1"],
		["x__Host-a=1"],
		["a=; foo"],
	])("%j cannot", (header) => {
		expect(profilesCanDiffer(header)).toBe(false);
	});
});
