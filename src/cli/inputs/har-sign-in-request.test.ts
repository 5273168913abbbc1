import { describe, expect, test } from "vitest";
import { harSignInOf, redirectTargetOf } from "./har-sign-in-request.ts";

const URL_ = "https://app.example.test/flows/keep/login";

function entry(request: Record<string, unknown>, response: Record<string, unknown>, extra = {}) {
	return {
		...extra,
		request: { method: "POST", url: URL_, headers: [], ...request },
		response: { headers: [], ...response },
	};
}

describe("harSignInOf", () => {
	test("a form body given only as postData.params (Playwright's content: omit) is a sign-in", () => {
		const params = [
			{ name: "user", value: "alice" },
			{ name: "password", value: "correct-horse" },
		];
		const e = entry(
			{
				postData: { mimeType: "application/x-www-form-urlencoded", params, text: "" },
				cookies: [{ name: "sid", value: "a" }],
			},
			{ status: 303, redirectURL: "/flows/keep/account" },
		);
		expect(harSignInOf(e, URL_)).toEqual({
			by: "POST /flows/keep/login 303",
			result: "succeeded",
			sent: [{ name: "sid", value: "a" }],
		});
		expect(redirectTargetOf(e, URL_)).toBe("https://app.example.test/flows/keep/account");
	});

	test("a JSON body in postData.text with a Location header; cookies from the Cookie header", () => {
		const e = entry(
			{
				postData: { mimeType: "application/json", text: '{"username":"alice","password":"pw"}' },
				headers: [{ name: "cookie", value: "sid=a; _ga=GA1.1.1.2" }],
			},
			{ status: 302, headers: [{ name: "Location", value: "https://app.example.test/home" }] },
		);
		expect(harSignInOf(e, URL_)).toEqual({
			by: "POST /flows/keep/login 302",
			result: "succeeded",
			sent: [
				{ name: "sid", value: "a" },
				{ name: "_ga", value: "GA1.1.1.2" },
			],
		});
	});

	test("Chrome's _resourceType fetch makes a 2xx a sign-in that worked; without it a 2xx page is unclear", () => {
		const body = { postData: { mimeType: "text/plain", text: "password=pw" } };
		expect(harSignInOf(entry(body, { status: 200 }, { _resourceType: "fetch" }), URL_)?.result).toBe(
			"succeeded",
		);
		expect(harSignInOf(entry(body, { status: 200 }, { _resourceType: "document" }), URL_)?.result).toBe(
			"unclear",
		);
	});

	test("the recorded body tells a 200 {ok:false} or a re-rendered form from a sign-in that worked", () => {
		const body = { postData: { mimeType: "application/json", text: '{"email":"a@b.test","password":"pw"}' } };
		const json = (text: string) => ({ status: 200, content: { mimeType: "application/json", text } });
		const page = (text: string) => ({ status: 200, content: { mimeType: "text/html", text } });
		const resultOf = (response: Record<string, unknown>, type = "fetch") =>
			harSignInOf(entry(body, response, { _resourceType: type }), URL_)?.result;
		expect(resultOf(json('{"ok":false,"error":"Wrong password"}'))).toBe("failed");
		expect(resultOf(json('{"ok":true}'))).toBe("succeeded");
		expect(resultOf(page('<html><body><input type="password" name="password">'), "document")).toBe("failed");
		expect(resultOf(page("<html><body><h1>Welcome, alice</h1>"), "document")).toBe("succeeded");
		const base64 = { status: 200, content: { mimeType: "text/html", text: "PGh0bWw+", encoding: "base64" } };
		const form = { postData: { mimeType: "application/x-www-form-urlencoded", text: "password=pw" } };
		expect(harSignInOf(entry(form, base64, { _resourceType: "document" }), URL_)?.result).toBe("unclear");
	});

	test("an empty password, or no body, is no sign-in", () => {
		expect(
			harSignInOf(entry({ postData: { params: [{ name: "password", value: "" }] } }, { status: 303 }), URL_),
		).toBe(undefined);
		expect(harSignInOf(entry({ method: "GET" }, { status: 200 }), URL_)).toBe(undefined);
	});
});
