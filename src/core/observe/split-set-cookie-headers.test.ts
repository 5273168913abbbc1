import { expect, test } from "vitest";
import { firstHeaderValue, splitSetCookieHeaders } from "./split-set-cookie-headers.ts";

test.each([
	[
		"Chromium: one header per cookie",
		"chromium",
		[
			{ name: "Set-Cookie", value: "a=1" },
			{ name: "set-cookie", value: "b=2; Path=/" },
		],
		["a=1", "b=2; Path=/"],
	],
	[
		"Firefox: one header, cookies joined by LF",
		"firefox",
		[{ name: "set-cookie", value: "a=1; Secure\nb=2\nc=3; Expires=Wed, 21 Oct 2026 07:28:00 GMT" }],
		["a=1; Secure", "b=2", "c=3; Expires=Wed, 21 Oct 2026 07:28:00 GMT"],
	],
	[
		"Firefox: empty lines are dropped",
		"firefox",
		[{ name: "Set-Cookie", value: "a=1\n\nb=2\n" }],
		["a=1", "b=2"],
	],
	[
		"Firefox: several headers still work",
		"firefox",
		[
			{ name: "Set-Cookie", value: "a=1" },
			{ name: "Set-Cookie", value: "b=2" },
		],
		["a=1", "b=2"],
	],
	[
		"other headers are ignored",
		"chromium",
		[
			{ name: "Content-Type", value: "text/html" },
			{ name: "Set-Cookie2", value: "x=1" },
		],
		[],
	],
	["an empty Set-Cookie is no cookie", "chromium", [{ name: "Set-Cookie", value: "" }], []],
	[
		"commas are not separators",
		"chromium",
		[{ name: "Set-Cookie", value: "a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT" }],
		["a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT"],
	],
] as const)("%s", (_, profile, headers, expected) => {
	expect(splitSetCookieHeaders(headers, profile)).toEqual(expected);
});

test("no responseHeaders (the listener did not ask for them) gives no cookies", () => {
	expect(splitSetCookieHeaders(undefined, "chromium")).toEqual([]);
});

test("a binaryValue is read one character per byte", () => {
	const headers = [{ name: "Set-Cookie", binaryValue: [0x61, 0x3d, 0xe9] }];
	expect(splitSetCookieHeaders(headers, "chromium")).toEqual(["a=\u00e9"]);
});

test("firstHeaderValue matches the name case-insensitively", () => {
	const headers = [{ name: "strict-transport-security", value: "max-age=60" }];
	expect(firstHeaderValue(headers, "Strict-Transport-Security")).toBe("max-age=60");
	expect(firstHeaderValue(headers, "Content-Type")).toBeUndefined();
});
