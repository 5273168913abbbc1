import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { deriveKnownCookies, openCookieDatabaseJson, shorten, sitesOf } from "./derive-known-cookies.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const HEADER =
	"ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller," +
	"User Privacy & GDPR Rights Portals,Wildcard match\r\n";

test("the vendored data is what the script makes of the vendored CSV, byte for byte", () => {
	const csv = read("../../test/fixtures/open-cookie-database/open-cookie-database.csv");
	expect(openCookieDatabaseJson(csv)).toBe(read("../../src/core/roles/data/open-cookie-database.json"));
});

describe("rows", () => {
	test("keep name, prefix flag, platform, category, description and sites, sorted by name", () => {
		const csv =
			HEADER +
			'2,Google Analytics,Analytics,_ga_,,"ID used to identify users, per ""stream""",2 years,Google,x,1\r\n' +
			"1,Facebook,Marketing,xs,facebook.com (3rd party),Session ID,90 days,Meta,x,0\r\n";
		expect(deriveKnownCookies(csv)).toEqual([
			{
				name: "_ga_",
				prefix: true,
				platform: "Google Analytics",
				category: "Analytics",
				description: 'ID used to identify users, per "stream"',
			},
			{
				name: "xs",
				platform: "Facebook",
				category: "Marketing",
				description: "Session ID",
				sites: ["facebook.com"],
			},
		]);
	});

	test("identical rows count once; rows without platform or name are left out", () => {
		const row = "1,Sonobi,Marketing,__uis,,Used for ads,1 year,Sonobi,x,0\r\n";
		const csv = `${HEADER}${row}${row}2,,Security,XSRF-TOKEN,,CSRF,session,,x,0\r\n3,X,Functional,,,y,1,X,x,0\r\n`;
		expect(deriveKnownCookies(csv).map((e) => e.name)).toEqual(["__uis"]);
	});

	test("an unknown category is refused, so an upstream change is noticed", () => {
		expect(() => deriveKnownCookies(`${HEADER}1,X,Tracking,a,,b,1,X,x,0\r\n`)).toThrow(
			'unknown category "Tracking" for a',
		);
	});
});

test.each([
	["", []],
	["www.googletagmanager.com", ["googletagmanager.com"]],
	[".bing.com (3rd party) or .microsoft.com (3rd party)", ["bing.com", "microsoft.com"]],
	[" or 207.net (3rd party)", ["207.net"]],
	["google-analytics.com (3rd party) or ", ["google-analytics.com"]],
	["ads-[account].adhese.com", ["adhese.com"]],
	[".amplitude.com.", ["amplitude.com"]],
	[".commander1.com\u200b", ["commander1.com"]],
	[" .mediarithmics.com", ["mediarithmics.com"]],
])("Domain %j names the sites %j", (domain, sites) => {
	expect(sitesOf(domain)).toEqual(sites);
});

test.each([
	["short", 10, "short"],
	["one two three four", 12, "one two…"],
	["one two, three four", 12, "one two…"],
	["abcdefghijklmnopqrstuvwxyz", 10, "abcde…"],
])("shorten(%j, %i) is %j", (text, limit, short) => {
	expect(shorten(text, limit)).toBe(short);
});
