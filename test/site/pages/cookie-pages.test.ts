import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
	APP_HOST,
	type ExpectedCookie,
	expectedCookies,
	type FixtureSite,
	type Scheme,
	startFixtureSite,
	WIDGET_HOST,
} from "../fixture-site.ts";
import { requestSite } from "../testing/request-site.ts";

let site: FixtureSite;
beforeAll(async () => {
	site = await startFixtureSite();
});
afterAll(() => site.close());

/** The attributes a Set-Cookie header states, in the shape of an expectation (no browser rules applied). */
function describeHeader(header: string, host: string): Omit<ExpectedCookie, "partitionKey"> {
	const [pair = "", ...parts] = header.split("; ");
	const attrs = new Map(parts.map((part) => [part.split("=")[0]?.toLowerCase(), part.split("=")[1] ?? ""]));
	const domain = attrs.get("domain");
	const maxAge = attrs.get("max-age");
	return {
		name: pair.slice(0, pair.indexOf("=")),
		domain: domain === undefined ? host : `.${domain}`,
		hostOnly: domain === undefined,
		path: attrs.get("path") ?? "/",
		secure: attrs.has("secure"),
		httpOnly: attrs.has("httponly"),
		sameSite: (attrs.get("samesite")?.toLowerCase() ?? "unspecified") as ExpectedCookie["sameSite"],
		session: maxAge === undefined,
		...(maxAge === undefined ? {} : { maxAge: Math.min(Number(maxAge), 400 * 86400) }),
	};
}

async function setCookiesOf(path: string, scheme: Scheme = "https", host = APP_HOST): Promise<string[]> {
	const res = await requestSite(site, { path, scheme, host });
	return res.headers["set-cookie"] ?? [];
}

describe("/set/spread", () => {
	test.each([
		["https", APP_HOST],
		["https", "secure.example.test"],
		["http", APP_HOST],
		["http", "localhost"],
		["http", "127.0.0.1"],
	] as const)("over %s on %s sends exactly the expected cookies", async (scheme, host) => {
		const headers = await setCookiesOf("/set/spread", scheme, host);
		expect(headers.map((h) => describeHeader(h, host))).toEqual(expectedCookies("spread", scheme, host));
	});

	test("leaves Secure cookies out over plain http on a fake host, and says so", async () => {
		const res = await requestSite(site, { path: "/set/spread", scheme: "http" });
		expect(res.headers["set-cookie"]?.join("\n")).not.toContain("Secure");
		expect(res.body).toContain("1 cookie(s) left out");
	});

	test("gives the __Host- session 32 random bytes", async () => {
		const [first, second] = await Promise.all([setCookiesOf("/set/spread"), setCookiesOf("/set/spread")]);
		const value = (headers: string[]) => headers[0]?.match(/^__Host-session=([\w-]+);/)?.[1];
		expect(Buffer.from(value(first) ?? "", "base64url")).toHaveLength(32);
		expect(value(first)).not.toBe(value(second));
	});
});

describe("/set/roles", () => {
	test("sends _ga with a GA-style value, zq7 with 32 random bytes, HttpOnly, and acmechat_session_id readable by scripts", async () => {
		const headers = await setCookiesOf("/set/roles");
		expect(headers.map((h) => describeHeader(h, APP_HOST))).toEqual([
			{
				name: "_ga",
				domain: APP_HOST,
				hostOnly: true,
				path: "/",
				secure: false,
				httpOnly: false,
				sameSite: "lax",
				session: false,
				maxAge: 400 * 86400,
			},
			{
				name: "zq7",
				domain: APP_HOST,
				hostOnly: true,
				path: "/",
				secure: false,
				httpOnly: true,
				sameSite: "lax",
				session: true,
			},
			{
				name: "acmechat_session_id",
				domain: APP_HOST,
				hostOnly: true,
				path: "/",
				secure: false,
				httpOnly: false,
				sameSite: "lax",
				session: true,
			},
		]);
		expect(headers[0]).toMatch(/^_ga=GA1\.1\.\d{10}\.\d{10}; /);
		expect(Buffer.from(headers[1]?.match(/^zq7=([\w-]+);/)?.[1] ?? "", "base64url")).toHaveLength(32);
	});
});

describe("/set and /redirect", () => {
	test("/set relays every h header exactly and in order", async () => {
		const wanted = ["a=1; Path=/; SameSite=None", "b=2; Domain=evil.test; Secure", "c=3; Max-Age=0"];
		const query = wanted.map((h) => `h=${encodeURIComponent(h)}`).join("&");
		expect(await setCookiesOf(`/set?${query}`, "http")).toEqual(wanted);
	});

	test("/set sends the sts header as Strict-Transport-Security over https only", async () => {
		const path = `/set?h=a%3D1&sts=${encodeURIComponent("max-age=60")}`;
		expect((await requestSite(site, { path })).headers["strict-transport-security"]).toBe("max-age=60");
		const http = await requestSite(site, { path, scheme: "http" });
		expect(http.headers["strict-transport-security"]).toBeUndefined();
	});

	test("/script-cookie sends no Set-Cookie and writes each c from its script, unable to close the element", async () => {
		const res = await requestSite(site, {
			path: `/script-cookie?c=${encodeURIComponent("t=</script>; Path=/")}`,
		});
		expect(res.headers["set-cookie"]).toBeUndefined();
		expect(res.body).toContain('for (const c of ["t=\\u003c/script>; Path=/"]) document.cookie = c;');
	});

	test("/redirect sets its cookie on the 302 hop", async () => {
		const res = await requestSite(site, {
			path: `/redirect?to=%2Fecho&h=${encodeURIComponent("hop=1; Path=/")}`,
		});
		expect(res.status).toBe(302);
		expect(res.headers.location).toBe("/echo");
		expect(res.headers["set-cookie"]).toEqual(["hop=1; Path=/"]);
		expect(res.headers["cache-control"]).toBe("no-store");
	});
});

describe("/frame and /many", () => {
	test("/frame embeds the widget from the third-party host over https", async () => {
		const res = await requestSite(site, { path: "/frame" });
		expect(res.body).toContain(`src="${site.url(WIDGET_HOST, "/widget", "https")}"`);
		expect(res.headers["set-cookie"]).toBeUndefined();
	});

	test("the widget sets one partitioned and one unpartitioned SameSite=None cookie", async () => {
		const headers = await setCookiesOf("/widget", "https", WIDGET_HOST);
		expect(headers).toEqual([
			expect.stringMatching(/^widget_session=\w+; Path=\/; Secure; HttpOnly; SameSite=None; Partitioned$/),
			"widget_prefs=compact; Path=/; Secure; SameSite=None",
		]);
	});

	test("/many?n= sets n distinct cookies", async () => {
		const headers = await setCookiesOf("/many?n=250", "http");
		expect(new Set(headers.map((h) => h.split("=")[0])).size).toBe(250);
		expect(headers[249]).toMatch(/^bulk_0249=[0-9a-f]{16}; Path=\/; SameSite=Lax$/);
	});
});
