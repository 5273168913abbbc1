import { expect, test } from "vitest";
import { makeCookie } from "../testing/rule-context.ts";
import { parsePageUrl } from "./page-url.ts";
import { siteUsesHttps } from "./site-uses-https.ts";

const pages = (...urls: string[]) => urls.flatMap((u) => parsePageUrl(u) ?? []);

test.each([
	["an https page", pages("https://app.example.com/"), [makeCookie({ secure: false })], true],
	[
		"only http pages, no Secure cookie",
		pages("http://app.example.com/"),
		[makeCookie({ secure: false })],
		false,
	],
	[
		"no pages, a Secure cookie",
		[],
		[makeCookie({ secure: false }), makeCookie({ name: "b", secure: true })],
		true,
	],
	["no pages, no Secure cookie", [], [makeCookie({ secure: false })], false],
	["a Secure cookie of localhost", [], [makeCookie({ domain: "localhost", secure: true })], false],
	["a Secure cookie of 127.0.0.1", [], [makeCookie({ domain: "127.0.0.1", secure: true })], false],
] as const)("%s → %s", (_, sitePages, cookies, expected) => {
	expect(siteUsesHttps(sitePages, cookies)).toBe(expected);
});
