import { describe, expect, test } from "vitest";
import { readAttributes } from "./cookie-attributes.ts";
import { parseSetCookie } from "./parse-set-cookie.ts";

function attributesOf(header: string) {
	const parsed = parseSetCookie(header);
	if (!parsed.ok) throw new Error(`test header did not parse: ${header}`);
	return readAttributes(parsed.cookie.attributes);
}

describe("readAttributes", () => {
	test.each([
		[
			"matches names case-insensitively",
			"a=b; sEcUrE; HTTPONLY; PARTITIONED",
			{ secure: true, httpOnly: true, partitioned: true },
		],
		["lets the last Max-Age win", "a=b; Max-Age=10; Max-Age=20", { maxAge: 20 }],
		[
			"ignores an invalid Max-Age, keeping an earlier valid one",
			"a=b; Max-Age=10; Max-Age=1.5",
			{ maxAge: 10 },
		],
		["accepts a negative Max-Age", "a=b; Max-Age=-1", { maxAge: -1 }],
		["reads Expires as epoch seconds", "a=b; Expires=Thu, 01 Jan 1970 00:01:00 GMT", { expires: 60 }],
		[
			"drops the leading dot of Domain and lower-cases it",
			"a=b; Domain=.Example.COM",
			{ domain: "example.com" },
		],
		[
			"lets an empty last Domain win (host-only, as browsers do)",
			"a=b; Domain=example.com; Domain=",
			{ domain: "" },
		],
		["keeps the last Path as written", "a=b; Path=/a; Path=rel", { path: "rel" }],
		["reads SameSite case-insensitively", "a=b; SameSite=LAX", { sameSite: "lax", sameSiteAttribute: "LAX" }],
		[
			"treats an unknown SameSite as unspecified, keeping the raw value",
			"a=b; SameSite=Strict; SameSite=bogus",
			{ sameSite: "unspecified", sameSiteAttribute: "bogus" },
		],
		[
			"treats a valueless SameSite as unspecified",
			"a=b; SameSite",
			{ sameSite: "unspecified", sameSiteAttribute: "" },
		],
		["ignores unknown attributes", "a=b; Priority=High; constructor; __proto__=x", { secure: false }],
		["leaves SameSite unspecified when absent", "a=b", { sameSite: "unspecified" }],
	])("%s", (_what, header, expected) => {
		expect(attributesOf(header)).toMatchObject(expected);
	});

	test.each([
		["Max-Age with a plus sign", "a=b; Max-Age=+5", "maxAge"],
		["a bare minus Max-Age", "a=b; Max-Age=-", "maxAge"],
		["Max-Age with a unit", "a=b; Max-Age=10s", "maxAge"],
		["an unparsable Expires", "a=b; Expires=tomorrow", "expires"],
		["an absent SameSite", "a=b; Secure", "sameSiteAttribute"],
		["an absent Domain", "a=b; Secure", "domain"],
	])("leaves out %s", (_what, header, key) => {
		expect(attributesOf(header)).not.toHaveProperty(key);
	});

	test("counts Secure with a value as Secure", () => {
		expect(attributesOf("a=b; Secure=false").secure).toBe(true);
	});
});
