import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type FixtureSite, startFixtureSite } from "../../fixture-site.ts";
import { cookieHeaderFrom, requestSite } from "../../testing/request-site.ts";
import { appRoot, SHAPES, type Stack } from "./app-kinds.ts";

let site: FixtureSite;
beforeAll(async () => {
	site = await startFixtureSite();
});
afterAll(() => site.close());

const STACK: Record<string, Stack> = {
	"express-regenerate": "express",
	"express-keep": "express",
	"django-cycle": "django",
	"django-keep": "django",
	"php-regenerate": "php",
	"php-keep": "php",
	"spa-rotate": "spa",
	"spa-keep": "spa",
};

async function signIn(app: string, password = "correct-horse") {
	const shape = SHAPES[STACK[app] as Stack];
	const first = await requestSite(site, { path: `${appRoot(app)}${shape.login}` });
	const cookie = cookieHeaderFrom(first.headers["set-cookie"]);
	const credentials = { [shape.userField]: "alice", [shape.passwordField]: password };
	const res =
		STACK[app] === "spa"
			? await requestSite(site, {
					path: `${appRoot(app)}api/session`,
					method: "POST",
					cookie,
					json: { user: credentials },
				})
			: await requestSite(site, {
					path: `${appRoot(app)}${shape.login}`,
					method: "POST",
					cookie,
					form: credentials,
				});
	const renewed = cookieHeaderFrom(res.headers["set-cookie"]);
	const merged = new Map(
		[...cookie.split("; "), ...renewed.split("; ").filter(Boolean)].map((p) => [p.split("=")[0], p]),
	);
	return { first, cookie, res, after: [...merged.values()].join("; ") };
}

const home = async (app: string, cookie: string) => {
	const res = await requestSite(site, { path: `${appRoot(app)}${SHAPES[STACK[app] as Stack].home}`, cookie });
	return res.status === 302 ? `302 ${res.headers.location}` : /id="status">([^<]*)/.exec(res.body)?.[1];
};

describe("the apps' sign-ins", () => {
	test.each([
		["express-regenerate", 302, true],
		["express-keep", 302, false],
		["django-cycle", 302, true],
		["django-keep", 302, false],
		["php-regenerate", 200, true],
		["php-keep", 200, false],
		["spa-rotate", 200, true],
		["spa-keep", 200, false],
	])("%s answers %i; a new session cookie: %s", async (app, status, renews) => {
		const { cookie, res, after } = await signIn(app);
		expect(res.status).toBe(status);
		const name = SHAPES[STACK[app] as Stack].cookie;
		const setsSession = (res.headers["set-cookie"] ?? []).some((c) => c.startsWith(`${name}=`));
		expect(setsSession).toBe(renews);
		expect(await home(app, after)).toBe("Signed in as alice");
		expect(await home(app, cookie)).not.toBe(renews ? "Signed in as alice" : undefined);
	});

	test("a wrong password: express goes back to the form, django and php show it again, the spa says ok: false", async () => {
		expect((await signIn("express-keep", "wrong")).res.headers.location).toBe("/apps/express-keep/login");
		const django = (await signIn("django-keep", "wrong")).res;
		expect([django.status, /type="password"/.test(django.body)]).toEqual([200, true]);
		const php = (await signIn("php-keep", "wrong")).res;
		expect([php.status, /type="password"/.test(php.body)]).toEqual([200, true]);
		const spa = (await signIn("spa-keep", "wrong")).res;
		expect([spa.status, JSON.parse(spa.body)]).toEqual([
			200,
			{ ok: false, error: "Invalid email or password." },
		]);
	});

	test("express's cookie is express-session's signed value; an unknown session is sent to sign in", async () => {
		const { first } = await signIn("express-keep");
		expect(first.headers["set-cookie"]?.[0]).toMatch(
			/^connect\.sid=s%3A[\w-]{43}\.[\w%]{43,}; Path=\/apps\/express-keep\//,
		);
		expect(await home("express-keep", "connect.sid=nobody")).toBe("302 /apps/express-keep/login");
		expect(await home("django-keep", "sessionid=nobody")).toBe(
			"302 /apps/django-keep/accounts/login/?next=%2Fapps%2Fdjango-keep%2Fprofile%2F",
		);
		expect(await home("php-keep", "PHPSESSID=nobody")).toBe("Not signed in");
	});
});

describe("the apps' sign-outs", () => {
	test.each([
		["express-regenerate", "302 /apps/express-regenerate/login"],
		["express-keep", "Signed in as alice"],
		["django-cycle", "302 /apps/django-cycle/accounts/login/?next=%2Fapps%2Fdjango-cycle%2Fprofile%2F"],
		["php-keep", "Signed in as alice"],
		["spa-rotate", "Not signed in"],
	])("%s: the session restored after sign-out shows %s", async (app, expected) => {
		const { after } = await signIn(app);
		const logout = await requestSite(site, {
			path: `${appRoot(app)}${SHAPES[STACK[app] as Stack].logout}`,
			cookie: after,
		});
		expect(logout.status).toBe(302);
		expect(logout.headers["set-cookie"]?.[0]).toMatch(/Max-Age=0/);
		expect(await home(app, after)).toBe(expected);
	});
});
