import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type FixtureSite, startFixtureSite } from "../../fixture-site.ts";
import { requestSite } from "../../testing/request-site.ts";
import { accountStatus, cookieAfter, openLogin, submitSignIn } from "./testing/flow-requests.ts";

let site: FixtureSite;
beforeAll(async () => {
	site = await startFixtureSite();
});
afterAll(() => site.close());

async function signedInRenew(): Promise<string> {
	const login = await openLogin(site, "renew");
	return cookieAfter(login.cookie, await submitSignIn(site, "renew", login.cookie));
}

describe("a flow's account and logouts", () => {
	test("the account page without a sid is not signed in", async () => {
		expect(await accountStatus(site, "renew", "")).toBe("Not signed in");
		expect(await accountStatus(site, "renew", "sid=forged")).toBe("Not signed in");
	});

	test("logout revokes the session and clears sid under the same Path, 303 to the account", async () => {
		const cookie = await signedInRenew();
		const res = await requestSite(site, { path: "/flows/renew/logout", cookie });
		expect(res.status).toBe(303);
		expect(res.headers.location).toBe("/flows/renew/account");
		expect(res.headers["set-cookie"]).toEqual([
			"sid=; Path=/flows/renew/; Max-Age=0; Secure; HttpOnly; SameSite=Lax",
		]);
		expect(await accountStatus(site, "renew", cookie)).toBe("Not signed in");
	});

	test("logout-cookie-only clears sid but the server session stays: a restored copy still signs in", async () => {
		const cookie = await signedInRenew();
		const res = await requestSite(site, { path: "/flows/renew/logout-cookie-only", cookie });
		expect(res.status).toBe(303);
		expect(res.headers.location).toBe("/flows/renew/account");
		expect(res.headers["set-cookie"]).toEqual([
			"sid=; Path=/flows/renew/; Max-Age=0; Secure; HttpOnly; SameSite=Lax",
		]);
		expect(await accountStatus(site, "renew", cookieAfter(cookie, res))).toBe("Not signed in");
		expect(await accountStatus(site, "renew", cookie)).toBe("Signed in as alice");
	});

	test("GET on the JSON sign-in API is refused", async () => {
		const res = await requestSite(site, { path: "/flows/json-keep/api/login" });
		expect(res.status).toBe(405);
		expect(res.headers.allow).toBe("POST");
	});
});
