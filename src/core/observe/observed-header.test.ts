import { expect, test } from "vitest";
import { observedHeaderOf } from "./observed-header.ts";
import { redactResponse } from "./redact-response.ts";
import { observed, sid, T } from "./testing/observed.ts";

const hash = () => "5e1d";

test("the last stored Set-Cookie of the cookie gives its masked header and raw SameSite", () => {
	const first = redactResponse(observed(T, ["sid=one; Secure; SameSite=Lax"]), hash);
	const second = redactResponse(
		observed(T + 1_000, ["other=1; Secure", "sid=two; Secure; SameSite=Bogus"]),
		hash,
	);
	expect(observedHeaderOf([first, second], sid("two", { secure: true }))).toEqual({
		setCookie: "sid=…; Secure; SameSite=Bogus",
		url: "https://app.example.com/login",
		sameSiteAttribute: "Bogus",
	});
});

test("none for a cookie no observed response stored, or another path's", () => {
	const response = redactResponse(observed(T, ["sid=one; Secure; Path=/app", "x=1; SameSite=None"]), hash);
	expect(observedHeaderOf([response], sid("one"))).toBeUndefined();
	expect(observedHeaderOf([response], sid("one", { path: "/app" }))).toEqual({
		setCookie: "sid=…; Secure; Path=/app",
		url: "https://app.example.com/login",
	});
});

test("a stored cookie the other browser stores differently carries the difference, quoting no value", () => {
	// Recorded with the Chromium profile (testing/observed.ts), which keeps a nameless cookie.
	const response = redactResponse(observed(T, ["=s3cr3t; Secure"]), hash);
	expect(observedHeaderOf([response], sid("", { name: "" }))).toEqual({
		setCookie: "=…; Secure",
		url: "https://app.example.com/login",
		browserDifference: 'Chromium stores a nameless cookie with value "…"; Firefox refuses it (syntax)',
	});
});
