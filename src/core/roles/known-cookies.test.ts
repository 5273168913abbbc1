import { expect, test } from "vitest";
import data from "./data/open-cookie-database.json" with { type: "json" };
import { knownCookie } from "./known-cookies.ts";

test.each([
	["_ga", "example.com", "Google Analytics", "Analytics", "ID used to identify users"],
	["_ga_ABC123", "example.com", "Google Analytics", "Analytics", "ID used to identify users"],
	["_gat_gtag_UA_1", "example.com", "Google Analytics", "Analytics", "Used to set and get tracking data"],
	[
		"_pk_id.1.abcd",
		"example.com",
		"Piwik",
		"Analytics",
		"Used to recognize visitors and hold their various properties.",
	],
	[
		"_pk_id1",
		"example.com",
		"Matomo",
		"Analytics",
		"Used to store a few details about the user such as the unique visitor ID",
	],
	["SID", "google.com", "Google", "Marketing", undefined],
	["token", "adform.net", "Adform", "Marketing", "Security token for opt out functionality"],
	["token", "adnxs.com", "Xandr", "Functional", undefined],
	["auid", "acuityplatform.com", "Acuity", "Marketing", undefined],
	["auid", "example.com", "Outbrain", "Marketing", undefined],
	["euconsent", "faktor.io", "LiveRamp", "Marketing", "Cookie compliance check"],
	[
		"euconsent",
		"example.com",
		"ShareThis",
		"Functional",
		"ShareThis reads if the euconsent cookie is present in the publisher domain.",
	],
] as const)("%s on %s is %s · %s", (name, site, platform, category, description) => {
	const known = knownCookie(name, site);
	expect(known).toMatchObject({ platform, category });
	if (description !== undefined) expect(known?.description).toBe(description);
});

test.each([
	["an unknown name", "my_app_sid", "example.com"],
	["another platform's cookie on another site", "SID", "example.com"],
	["a generic name known only on its platform's site", "token", "example.com"],
	["a name shorter than a known prefix", "_pk_i", "example.com"],
	["the empty name", "", "example.com"],
])("%s is not known: %j on %s", (_, name, site) => {
	expect(knownCookie(name, site)).toBeUndefined();
});

test("a prefix also matches the name it spells", () => {
	expect(knownCookie("JSESSIONID", "example.com")).toMatchObject({
		platform: "J2EE",
		category: "Functional",
	});
});

test("the exact name wins over a prefix, and a prefix set on a site applies only there", () => {
	expect(knownCookie("_s", "shopify.com")).toMatchObject({ platform: "Shopify" });
	expect(knownCookie("_session", "newsroom.bi")).toMatchObject({ platform: "Marfeel" });
	expect(knownCookie("_session", "example.com")).toBeUndefined();
});

test("every one of the 2,263 entries is found under its own name on its own site", () => {
	const lost = data.cookies.filter((entry) => {
		const name = entry.prefix ? `${entry.name}x` : entry.name;
		const site = entry.sites?.[0] ?? "example.com";
		return knownCookie(name, site) === undefined;
	});
	expect(lost).toEqual([]);
	expect(data.cookies.length).toBe(2263);
});
