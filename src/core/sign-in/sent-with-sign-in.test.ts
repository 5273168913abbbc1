import { expect, test } from "vitest";
import { concerningRequest, isSentTo } from "./sent-with-sign-in.ts";

const cookie = (domain: string, path: string, hostOnly = true) => ({ name: "sid", domain, hostOnly, path });

test("host-only, domain and path matching as a request would carry the cookie", () => {
	const url = "https://app.example.test/apps/shop/login?next=%2F";
	expect(isSentTo(cookie("app.example.test", "/"), url)).toBe(true);
	expect(isSentTo(cookie("app.example.test", "/apps/shop/"), url)).toBe(true);
	expect(isSentTo(cookie("app.example.test", "/apps/shop"), url)).toBe(true);
	expect(isSentTo(cookie("app.example.test", "/apps/blog/"), url)).toBe(false);
	expect(isSentTo(cookie("app.example.test", "/apps/sh"), url)).toBe(false);
	expect(isSentTo(cookie("blog.example.test", "/"), url)).toBe(false);
	expect(isSentTo(cookie(".example.test", "/", false), url)).toBe(true);
	expect(isSentTo(cookie("example.test", "/"), url)).toBe(false);
	expect(isSentTo(cookie("app.example.test", "/"), "not a url")).toBe(false);
});

test("a kept cookie the request did not carry is left out; changes always count", () => {
	const other = cookie("app.example.test", "/apps/blog/");
	const own = cookie("app.example.test", "/apps/shop/");
	const outcomes = [
		{ cookie: other, outcome: "kept" as const },
		{ cookie: own, outcome: "kept" as const },
		{ cookie: { ...other, name: "fresh" }, outcome: "new" as const },
	];
	expect(concerningRequest(outcomes, "https://app.example.test/apps/shop/login")).toEqual([
		{ cookie: own, outcome: "kept" },
		{ cookie: { ...other, name: "fresh" }, outcome: "new" },
	]);
});
