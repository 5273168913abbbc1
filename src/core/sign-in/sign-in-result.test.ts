import { expect, test } from "vitest";
import { type SignInResponse, signInResult } from "./sign-in-result.ts";

const post = (extra: Partial<SignInResponse>): SignInResponse => ({
	url: "https://app.example.com/login",
	status: 302,
	fromScript: false,
	...extra,
});

test.each([
	["303 to the account page", post({ status: 303, location: "/account" }), "succeeded"],
	[
		"302 to another host's path",
		post({ location: "https://app.example.com/dashboard?welcome=1" }),
		"succeeded",
	],
	["302 back to the form's path", post({ location: "/login" }), "failed"],
	[
		"302 to Spring Security's /login?error",
		post({ url: "https://app.example.com/perform_login", location: "/login?error" }),
		"failed",
	],
	[
		"302 back to the page the form was on",
		post({
			url: "https://app.example.com/session",
			location: "/signin",
			pageUrl: "https://app.example.com/signin",
		}),
		"failed",
	],
	["302 to /login/failed", post({ location: "/login/failed" }), "failed"],
	["302 to /access-denied", post({ location: "https://app.example.com/access-denied" }), "failed"],
	["401 from a JSON API", post({ status: 401, fromScript: true }), "failed"],
	["422 re-rendered form (Rails 7)", post({ status: 422 }), "failed"],
	["200 to a script's fetch", post({ status: 200, fromScript: true }), "succeeded"],
	["204 to a script's fetch", post({ status: 204, fromScript: true }), "succeeded"],
	["200 page after a form post", post({ status: 200 }), "unclear"],
	["a redirect without Location", post({ status: 302 }), "unclear"],
	["200 {ok:false} to a script's fetch", post({ status: 200, fromScript: true, body: "failed" }), "failed"],
	["200 welcome page after a form post", post({ status: 200, body: "succeeded" }), "succeeded"],
	["200 re-rendered form after a form post", post({ status: 200, body: "failed" }), "failed"],
] as const)("%s → %s", (_, response, expected) => {
	expect(signInResult(response)).toBe(expected);
});
