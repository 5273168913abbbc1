import { describe, expect, test } from "vitest";
import type { CookieReport } from "../../../src/core/report.ts";
import { APP_HOST, APP_SITE, WIDGET_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { echoedCookies } from "../harness/pages/site-view.ts";
import { world } from "../harness/world.ts";

describe.each(BROWSERS)("%s: clearing and expiring cookies", (name) => {
	const w = world(name, { api: true, page: true });

	/** Visits /set/spread afresh and returns the tab's report of the app's site. */
	async function spread(): Promise<{ tabId: number; cookies: CookieReport[] }> {
		const url = w.site.url(APP_HOST, "/set/spread");
		await w.page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		const report = await w.api.request("getTabReport", { tabId });
		expect(report.sites[0]?.site).toBe(APP_SITE);
		return { tabId, cookies: report.sites[0]?.cookies ?? [] };
	}
	const named = (cookies: CookieReport[], n: string) => {
		const found = cookies.find((c) => c.name === n);
		if (!found) throw new Error(`${n} is not in the report`);
		return found;
	};
	const jarNames = async () =>
		(await w.api.cookies.getAll({ domain: APP_SITE, partitionKey: {} })).map((c) => c.name).sort();

	test("clearCookies removes exactly the chosen cookie, and the site stops receiving it", async () => {
		const { cookies } = await spread();
		const reply = await w.api.request("clearCookies", { cookies: [named(cookies, "sessionid")] });
		expect(reply.results.map((r) => [r.cookie.name, r.status])).toEqual([["sessionid", "removed"]]);
		const others = cookies
			.map((c) => c.name)
			.filter((n) => n !== "sessionid")
			.sort();
		expect(await jarNames()).toEqual(others);
		expect([...(await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"))).keys()].sort()).toEqual(others);
	});

	test("undo brings the cleared cookie back with its value", async () => {
		const { cookies } = await spread();
		const before = await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"));
		await w.api.request("clearCookies", { cookies: [named(cookies, "remember_token")] });
		const reply = await w.api.request("undo", {});
		expect(reply.results.map((r) => [r.cookie.name, r.status])).toEqual([["remember_token", "restored"]]);
		const after = await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"));
		expect(after.get("remember_token")).toBe(before.get("remember_token"));
	});

	test("a cookie already gone is reported as failed, in plain words", async () => {
		const { cookies } = await spread();
		await w.api.request("clearCookies", { cookies: [named(cookies, "sessionid")] });
		const reply = await w.api.request("clearCookies", { cookies: [named(cookies, "sessionid")] });
		expect(reply.results[0]?.status).toBe("failed");
		expect(reply.results[0]?.reason).toMatch(/no longer in the browser/);
	});

	test("expiring a Secure __Host- cookie now deletes it", async () => {
		const { cookies } = await spread();
		const at = Math.floor(Date.now() / 1000) - 1;
		const reply = await w.api.request("expireCookies", { cookies: [named(cookies, "__Host-session")], at });
		expect(reply.results.map((r) => r.status)).toEqual(["removed"]);
		expect(await jarNames()).not.toContain("__Host-session");
		expect((await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"))).has("__Host-session")).toBe(false);
	});

	test("expiring later changes only the expiry: the site still receives the same value", async () => {
		const { cookies } = await spread();
		const targets = [named(cookies, "remember_token"), named(cookies, "__Host-session")];
		const jarBefore = await w.api.cookies.getAll({ domain: APP_SITE, partitionKey: {} });
		const at = Math.floor(Date.now() / 1000) + 3600;
		const reply = await w.api.request("expireCookies", { cookies: targets, at });
		expect(reply.results.map((r) => [r.cookie.name, r.status, r.cookie.expires])).toEqual([
			["remember_token", "changed", at],
			["__Host-session", "changed", at],
		]);
		const jarAfter = await w.api.cookies.getAll({ domain: APP_SITE, partitionKey: {} });
		for (const target of targets) {
			const before = jarBefore.find((c) => c.name === target.name);
			const after = jarAfter.find((c) => c.name === target.name);
			expect(after).toEqual({ ...before, session: false, expirationDate: after?.expirationDate });
			expect(Math.abs((after?.expirationDate ?? 0) - at)).toBeLessThanOrEqual(1);
		}
		const echoed = await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"));
		expect(echoed.get("remember_token")).toBe(jarBefore.find((c) => c.name === "remember_token")?.value);
		expect(echoed.get("__Host-session")).toBe(jarBefore.find((c) => c.name === "__Host-session")?.value);
	});

	test("clearSite clears a third-party frame's partitioned cookies, and the frame stops receiving them", async () => {
		const frameUrl = w.site.url(APP_HOST, "/frame");
		const widgetLoads = () => w.site.requests.filter((r) => r.host === WIDGET_HOST && r.path === "/widget");
		await w.page.goto(frameUrl);
		await w.page.goto(frameUrl);
		expect(widgetLoads().at(-1)?.cookie).toContain("widget_session=");
		const tabId = await w.api.tabIdOf(frameUrl);
		const reply = await w.api.request("clearSite", { tabId, site: "thirdparty.test" });
		expect(reply.results.length).toBeGreaterThan(0);
		expect(reply.results.every((r) => r.status === "removed" && r.cookie.partitionKey !== null)).toBe(true);
		expect(await w.api.cookies.getAll({ domain: WIDGET_HOST, partitionKey: {} })).toEqual([]);
		const loads = widgetLoads().length;
		await w.page.goto(frameUrl);
		await w.page.waitForFunction((n) => performance.getEntriesByType("resource").length >= n, 1);
		expect(widgetLoads().length).toBe(loads + 1);
		expect(widgetLoads().at(-1)?.cookie).toBeUndefined();
	});
});
