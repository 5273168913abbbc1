import { expect, test } from "vitest";
import { compareAtSignIn, jarStateOf } from "./sign-in-outcome.ts";

const c = (name: string, value: string) => ({
	name,
	value,
	domain: "app.example.com",
	hostOnly: true,
	path: "/",
});

test("renewed, kept, new and ended, with identities only (no values)", () => {
	const before = jarStateOf([c("sid", "h1"), c("csrftoken", "h2"), c("anon", "h3")]);
	const after = jarStateOf([c("sid", "h9"), c("csrftoken", "h2"), c("auth", "h4")]);
	expect(compareAtSignIn(before, after)).toEqual([
		{ cookie: { name: "sid", domain: "app.example.com", hostOnly: true, path: "/" }, outcome: "renewed" },
		{ cookie: { name: "csrftoken", domain: "app.example.com", hostOnly: true, path: "/" }, outcome: "kept" },
		{ cookie: { name: "auth", domain: "app.example.com", hostOnly: true, path: "/" }, outcome: "new" },
		{ cookie: { name: "anon", domain: "app.example.com", hostOnly: true, path: "/" }, outcome: "ended" },
	]);
});

test("the same name on another path is another cookie", () => {
	const before = jarStateOf([c("sid", "h1")]);
	const after = jarStateOf([{ ...c("sid", "h1"), path: "/app" }]);
	expect(compareAtSignIn(before, after).map((o) => o.outcome)).toEqual(["new", "ended"]);
});
