import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type FixtureSite, startFixtureSite } from "../fixture-site.ts";
import { cookieHeaderFrom, requestSite } from "../testing/request-site.ts";

let site: FixtureSite;
beforeAll(async () => {
	site = await startFixtureSite();
});
afterAll(() => site.close());

async function accountStatus(cookie: string): Promise<string | undefined> {
	const res = await requestSite(site, { path: "/account", cookie });
	return res.body.match(/<p id="status">(.*?)<\/p>/)?.[1];
}

describe("login, account and logout", () => {
	test("/login?user= starts a session and redirects to /account, which names the user", async () => {
		const login = await requestSite(site, { path: "/login?user=alice" });
		expect(login.status).toBe(302);
		expect(login.headers.location).toBe("/account");
		expect(login.headers["set-cookie"]).toEqual([
			expect.stringMatching(/^app_session=[\w-]{43}; Path=\/; Secure; HttpOnly; SameSite=Lax$/),
		]);
		expect(await accountStatus(cookieHeaderFrom(login.headers["set-cookie"]))).toBe("Signed in as alice");
	});

	test("a POSTed form signs in too", async () => {
		const login = await requestSite(site, { path: "/login", method: "POST", form: { user: "bob" } });
		expect(await accountStatus(cookieHeaderFrom(login.headers["set-cookie"]))).toBe("Signed in as bob");
	});

	test("over plain http the session cookie is not Secure, so the flow still works", async () => {
		const login = await requestSite(site, { path: "/login?user=carol", scheme: "http" });
		expect(login.headers["set-cookie"]?.[0]).not.toContain("Secure");
	});

	test("/logout revokes the session on the server, so a restored cookie no longer signs in", async () => {
		const login = await requestSite(site, { path: "/login?user=alice" });
		const cookie = cookieHeaderFrom(login.headers["set-cookie"]);
		const logout = await requestSite(site, { path: "/logout", cookie });
		expect(logout.status).toBe(302);
		expect(logout.headers["set-cookie"]).toEqual([
			"app_session=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax",
		]);
		expect(await accountStatus(cookie)).toBe("Not signed in");
	});

	test("/account without a session, or with a made-up one, is not signed in", async () => {
		expect(await accountStatus("")).toBe("Not signed in");
		expect(await accountStatus("app_session=forged")).toBe("Not signed in");
	});

	test("/login without a user shows the sign-in form and sets nothing", async () => {
		const res = await requestSite(site, { path: "/login" });
		expect(res.body).toContain('<form method="post" action="/login">');
		expect(res.headers["set-cookie"]).toBeUndefined();
	});
});
