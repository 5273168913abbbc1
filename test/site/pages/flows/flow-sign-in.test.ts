import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type FixtureSite, startFixtureSite } from "../../fixture-site.ts";
import type { Flow } from "./flow.ts";
import { accountStatus, cookieAfter, cookieValue, openLogin, submitSignIn } from "./testing/flow-requests.ts";

let site: FixtureSite;
beforeAll(async () => {
	site = await startFixtureSite();
});
afterAll(() => site.close());

async function signedIn(flow: Flow, password = "correct-horse") {
	const login = await openLogin(site, flow);
	const res = await submitSignIn(site, flow, login.cookie, password);
	return { before: login.cookie, res, after: cookieAfter(login.cookie, res) };
}

describe("sign-in in each flow", () => {
	test("renew: a new sid, 303 to the account; the old sid no longer signs in", async () => {
		const { before, res, after } = await signedIn("renew");
		expect(res.status).toBe(303);
		expect(res.headers.location).toBe("/flows/renew/account");
		expect(res.headers["set-cookie"]).toEqual([
			expect.stringMatching(/^sid=[\w-]{43}; Path=\/flows\/renew\/; Secure; HttpOnly; SameSite=Lax$/),
		]);
		expect(cookieValue(after, "sid")).not.toBe(cookieValue(before, "sid"));
		expect(await accountStatus(site, "renew", after)).toBe("Signed in as alice");
		expect(await accountStatus(site, "renew", before)).toBe("Not signed in");
	});

	test("keep: no Set-Cookie at all; the anonymous sid is now signed in", async () => {
		const { before, res } = await signedIn("keep");
		expect(res.status).toBe(303);
		expect(res.headers.location).toBe("/flows/keep/account");
		expect(res.headers["set-cookie"]).toBeUndefined();
		expect(await accountStatus(site, "keep", before)).toBe("Signed in as alice");
	});

	test("json-renew: 200 {ok: true} with a new sid", async () => {
		const { before, res, after } = await signedIn("json-renew");
		expect(res.status).toBe(200);
		expect(JSON.parse(res.body)).toEqual({ ok: true });
		expect(res.headers["set-cookie"]).toEqual([
			expect.stringMatching(/^sid=[\w-]{43}; Path=\/flows\/json-renew\/; Secure; HttpOnly; SameSite=Lax$/),
		]);
		expect(cookieValue(after, "sid")).not.toBe(cookieValue(before, "sid"));
		expect(await accountStatus(site, "json-renew", after)).toBe("Signed in as alice");
		expect(await accountStatus(site, "json-renew", before)).toBe("Not signed in");
	});

	test("json-keep: 200 {ok: true}, re-sending the very same sid", async () => {
		const { before, res } = await signedIn("json-keep");
		expect(res.status).toBe(200);
		expect(JSON.parse(res.body)).toEqual({ ok: true });
		const sid = cookieValue(before, "sid");
		expect(res.headers["set-cookie"]).toEqual([
			`sid=${sid}; Path=/flows/json-keep/; Secure; HttpOnly; SameSite=Lax`,
		]);
		expect(await accountStatus(site, "json-keep", before)).toBe("Signed in as alice");
	});

	test("first: sid is set for the first time", async () => {
		const { before, res, after } = await signedIn("first");
		expect(cookieValue(before, "sid")).toBeUndefined();
		expect(res.status).toBe(303);
		expect(res.headers.location).toBe("/flows/first/account");
		expect(res.headers["set-cookie"]).toEqual([
			expect.stringMatching(/^sid=[\w-]{43}; Path=\/flows\/first\/; Secure; HttpOnly; SameSite=Lax$/),
		]);
		expect(await accountStatus(site, "first", after)).toBe("Signed in as alice");
	});

	test.each(["renew", "keep", "first"] as const)(
		"%s: password wrong answers 303 to login?error=1 and signs nobody in",
		async (flow) => {
			const { before, res } = await signedIn(flow, "wrong");
			expect(res.status).toBe(303);
			expect(res.headers.location).toBe(`/flows/${flow}/login?error=1`);
			expect(res.headers["set-cookie"]).toBeUndefined();
			expect(await accountStatus(site, flow, before)).toBe("Not signed in");
		},
	);

	test.each(["json-renew", "json-keep"] as const)(
		"%s: password wrong answers 401 with a JSON error and keeps the anonymous session",
		async (flow) => {
			const { before, res } = await signedIn(flow, "wrong");
			expect(res.status).toBe(401);
			expect(JSON.parse(res.body)).toEqual({ ok: false, error: "Wrong user name or password." });
			expect(res.headers["set-cookie"]).toBeUndefined();
			expect(await accountStatus(site, flow, before)).toBe("Not signed in");
			const retry = await submitSignIn(site, flow, before);
			expect(retry.status).toBe(200);
		},
	);

	test("a keep flow's anonymous sid survives a wrong password and is the one signed in afterwards", async () => {
		const { before } = await signedIn("keep", "wrong");
		const retry = await submitSignIn(site, "keep", before);
		expect(retry.headers["set-cookie"]).toBeUndefined();
		expect(await accountStatus(site, "keep", before)).toBe("Signed in as alice");
	});
});
