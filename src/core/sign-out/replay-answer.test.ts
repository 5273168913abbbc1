import { expect, test } from "vitest";
import { type ReplayResponse, replayAnswer } from "./replay-answer.ts";

const reload = (extra: Partial<ReplayResponse>): ReplayResponse => ({
	url: "https://app.example.com/account",
	status: 200,
	restored: "untouched",
	...extra,
});

test.each([
	["200 with the restored id untouched", reload({}), "accepted"],
	["200, the same value sent again (a rolling session)", reload({ restored: "same" }), "accepted"],
	["the response deletes the restored id", reload({ restored: "deleted" }), "revoked"],
	["the response replaces it with a new anonymous id", reload({ restored: "replaced" }), "revoked"],
	["401", reload({ status: 401 }), "revoked"],
	["302 to /login?next=/account", reload({ status: 302, location: "/login?next=/account" }), "revoked"],
	["302 to Devise's /users/sign_in", reload({ status: 302, location: "/users/sign_in" }), "revoked"],
	[
		"303 to an identity provider's /oauth2/auth",
		reload({ status: 303, location: "https://id.example.com/oauth2/auth" }),
		"revoked",
	],
	["302 to Rails' /session/new", reload({ status: 302, location: "/session/new" }), "revoked"],
	["302 to /dashboard", reload({ status: 302, location: "/dashboard" }), "unclear"],
	["500", reload({ status: 500 }), "unclear"],
] as const)("%s → %s", (_, response, expected) => {
	expect(replayAnswer(response)).toBe(expected);
});
