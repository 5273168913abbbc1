import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readHar } from "./read-har.ts";

const fixture = (name: string) =>
	readFileSync(new URL(`../../../test/fixtures/har/${name}`, import.meta.url), "utf8");

describe("readHar", () => {
	test("reads every Set-Cookie of every response in order, any header case, joined values split", () => {
		const har = readHar(fixture("login-redirect.har"), "login-redirect.har");
		expect(har.events.map((e) => [e.url, e.setCookie.split(";")[0]])).toEqual([
			["https://app.example.test/login", "sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b"],
			["https://app.example.test/login", "remember_me=42"],
			["https://app.example.test/home", "theme=dark"],
			["https://app.example.test/home", "csrftoken=Zx8Qm2Lr7Tn4Vb1Kc9Wd"],
			["https://app.example.test/home", "remember_me="],
		]);
		expect(har.pageUrls).toEqual(["https://app.example.test/login", "https://app.example.test/home"]);
	});

	test("a HAR without Set-Cookie headers has no events", () => {
		expect(readHar(fixture("clean.har"), "clean.har").events).toEqual([]);
	});

	test.each([
		["truncated.har", /^HAR file truncated\.har is not JSON: /],
		["not-an-object.har", /^HAR file not-an-object\.har: the HAR file must be an object \(got an array\)$/],
		["no-entries.har", /^HAR file no-entries\.har: log\.entries must be an array \(got nothing\)$/],
		[
			"no-response.har",
			/^HAR file no-response\.har: log\.entries\[0\]\.response must be an object \(got nothing\)$/,
		],
		[
			"bad-request-url.har",
			/^HAR file bad-request-url\.har: log\.entries\[0\]\.request\.url "not a url" is not an absolute URL/,
		],
		[
			"header-value-not-string.har",
			/^HAR file header-value-not-string\.har: log\.entries\[0\]\.response\.headers\[0\]\.value must be a string \(got number 42\)$/,
		],
	])("malformed %s names what is wrong in one line", (name, message) => {
		expect(() => readHar(fixture(`malformed/${name}`), name)).toThrow(message);
	});

	test("a UTF-8 byte order mark before the JSON is accepted", () => {
		const har = readHar(`\uFEFF${fixture("login-redirect.har")}`, "bom.har");
		expect(har.events.length).toBe(5);
	});
});
