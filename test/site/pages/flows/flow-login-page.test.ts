import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type FixtureSite, startFixtureSite } from "../../fixture-site.ts";
import { requestSite } from "../../testing/request-site.ts";
import { openLogin } from "./testing/flow-requests.ts";

let site: FixtureSite;
beforeAll(async () => {
	site = await startFixtureSite();
});
afterAll(() => site.close());

const SID = /^sid=[\w-]{43}; Path=\/flows\/keep\/; Secure; HttpOnly; SameSite=Lax$/;
const CSRF = /^csrftoken=[0-9a-f]{32}; Path=\/flows\/keep\/; Max-Age=31536000; SameSite=Lax$/;
const GA = /^_ga=GA1\.1\.\d{10}\.\d{10}; Path=\/flows\/keep\/; Max-Age=63072000; SameSite=Lax$/;

describe("a flow's login page", () => {
	test("a first visit gets csrftoken, _ga and an anonymous sid under the flow's Path", async () => {
		const { res } = await openLogin(site, "keep");
		expect(res.status).toBe(200);
		expect(res.headers["set-cookie"]).toEqual([
			expect.stringMatching(CSRF),
			expect.stringMatching(GA),
			expect.stringMatching(SID),
		]);
	});

	test("the form posts user, password and the csrf token to the flow's own login", async () => {
		const { res } = await openLogin(site, "renew");
		expect(res.body).toContain('<form method="post" action="/flows/renew/login">');
		expect(res.body).toContain('<input name="user" value="alice">');
		expect(res.body).toContain('<input type="password" name="password" value="correct-horse">');
		expect(res.body).toMatch(/<input type="hidden" name="csrfmiddlewaretoken" value="[0-9a-f]{32}">/);
		expect(res.body).toContain('<button type="submit">Sign in</button>');
		expect(res.body).not.toContain("<script>");
	});

	test("a json flow's page signs in through fetch to its api/login", async () => {
		const { res } = await openLogin(site, "json-keep");
		expect(res.body).toContain('const root = "/flows/json-keep/";');
		expect(res.body).toContain('fetch(root + "api/login"');
		expect(res.body).toContain('location.assign(root + "account")');
	});

	test("first sets no sid before the sign-in", async () => {
		const { res } = await openLogin(site, "first");
		expect(res.headers["set-cookie"]?.map((header) => header.split("=")[0])).toEqual(["csrftoken", "_ga"]);
	});

	test("a second visit sets nothing and shows the same csrf token", async () => {
		const first = await openLogin(site, "keep");
		const again = await requestSite(site, { path: "/flows/keep/login", cookie: first.cookie });
		expect(again.headers["set-cookie"]).toBeUndefined();
		const token = first.cookie.match(/csrftoken=(\w+)/)?.[1];
		expect(again.body).toContain(`name="csrfmiddlewaretoken" value="${token}"`);
	});

	test("over plain http sid is not Secure", async () => {
		const { res } = await openLogin(site, "keep", "http");
		expect(res.headers["set-cookie"]?.[2]).toMatch(
			/^sid=[\w-]{43}; Path=\/flows\/keep\/; HttpOnly; SameSite=Lax$/,
		);
	});

	test("?error=1 says the sign-in failed", async () => {
		const res = await requestSite(site, { path: "/flows/keep/login?error=1" });
		expect(res.body).toContain('<p id="error">Wrong user name or password.</p>');
	});
});
