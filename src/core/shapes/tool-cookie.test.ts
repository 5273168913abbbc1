import { expect, test } from "vitest";
import { cookieShape, fromToolCookie } from "./tool-cookie.ts";

test("a WebDriver BiDi value is read as text, decoded when base64", () => {
	const bidi = {
		name: "sid",
		domain: "app.example.test",
		path: "/",
		httpOnly: true,
		secure: true,
		sameSite: "lax",
	};
	expect(fromToolCookie({ ...bidi, value: { type: "string", value: "abc" } }).value).toBe("abc");
	expect(fromToolCookie({ ...bidi, value: { type: "base64", value: "cTdWdDJMeEA=" } }).value).toBe(
		"q7Vt2Lx@",
	);
	expect(() => fromToolCookie({ ...bidi, value: { type: "bytes", value: "x" } })).toThrow(
		'cookie.value.type must be "string" or "base64"',
	);
});

test.each([
	[{ name: "a", value: "1", domain: "x.test", hostOnly: true }, "webextensions"],
	[{ name: "a", value: "1", domain: "x.test", expires: -1, session: true }, "puppeteer-cdp"],
	[{ name: "a", value: "1", domain: "x.test", expires: -1 }, "playwright"],
	[{ name: "a", value: { type: "string", value: "1" }, domain: "x.test" }, "webdriver-bidi"],
	[{ name: "a", value: "1", domain: "x.test" }, undefined],
	[{ name: "a", value: 1, domain: "x.test", expires: -1 }, undefined],
	[null, undefined],
])("%j is of the %s shape", (x, shape) => {
	expect(cookieShape(x)).toBe(shape);
});

test("a Puppeteer session cookie has no expiry; a Domain cookie keeps its dot and is not host-only", () => {
	const c = fromToolCookie({
		name: "a",
		value: "1",
		domain: ".X.test",
		path: "/",
		expires: -1,
		session: true,
	});
	expect(c).toEqual({
		name: "a",
		value: "1",
		domain: ".x.test",
		hostOnly: false,
		path: "/",
		secure: false,
		httpOnly: false,
		sameSite: "unspecified",
		session: true,
	});
});

test("a partition key as Playwright (a string) and CDP (topLevelSite) give it", () => {
	const base = { name: "a", value: "1", domain: "x.test", path: "/", expires: -1 };
	expect(fromToolCookie({ ...base, partitionKey: "https://top.test" }).partitionKey).toEqual({
		topLevelSite: "https://top.test",
	});
	expect(
		fromToolCookie({
			...base,
			session: true,
			partitionKey: { topLevelSite: "https://top.test", hasCrossSiteAncestor: false },
		}).partitionKey,
	).toEqual({ topLevelSite: "https://top.test" });
});
