import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { CookieReport } from "../../src/core/report.ts";
import { APP_HOST, APP_SITE, type FixtureSite, startFixtureSite, WIDGET_HOST } from "../site/fixture-site.ts";
import type { BrowserPage, ExtensionBrowser } from "./harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "./harness/browsers.ts";
import { type ExtensionApi, openExtensionApi } from "./harness/extension-api.ts";
import { echoedCookies } from "./harness/site-view.ts";

describe.each(BROWSERS)("%s: clearing and expiring cookies", (name) => {
	let site: FixtureSite;
	let browser: ExtensionBrowser;
	let api: ExtensionApi;
	let page: BrowserPage;

	beforeAll(async () => {
		site = await startFixtureSite();
		browser = await launchBrowser(name);
		api = await openExtensionApi(browser);
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	/** Visits /set/spread afresh and returns the tab's report of the app's site. */
	async function spread(): Promise<{ tabId: number; cookies: CookieReport[] }> {
		const url = site.url(APP_HOST, "/set/spread");
		await page.goto(url);
		const tabId = await api.tabIdOf(url);
		const report = await api.request("getTabReport", { tabId });
		expect(report.sites[0]?.site).toBe(APP_SITE);
		return { tabId, cookies: report.sites[0]?.cookies ?? [] };
	}
	const named = (cookies: CookieReport[], n: string) => {
		const found = cookies.find((c) => c.name === n);
		if (!found) throw new Error(`${n} is not in the report`);
		return found;
	};
	const jarNames = async () =>
		(await api.cookies.getAll({ domain: APP_SITE, partitionKey: {} })).map((c) => c.name).sort();

	test("clearCookies removes exactly the chosen cookie, and the site stops receiving it", async () => {
		const { cookies } = await spread();
		const reply = await api.request("clearCookies", { cookies: [named(cookies, "sessionid")] });
		expect(reply.results.map((r) => [r.cookie.name, r.status])).toEqual([["sessionid", "removed"]]);
		const others = cookies
			.map((c) => c.name)
			.filter((n) => n !== "sessionid")
			.sort();
		expect(await jarNames()).toEqual(others);
		expect([...(await echoedCookies(page, site.url(APP_HOST, "/echo"))).keys()].sort()).toEqual(others);
	});

	test("undo brings the cleared cookie back with its value", async () => {
		const { cookies } = await spread();
		const before = await echoedCookies(page, site.url(APP_HOST, "/echo"));
		await api.request("clearCookies", { cookies: [named(cookies, "remember_token")] });
		const reply = await api.request("undo", {});
		expect(reply.results.map((r) => [r.cookie.name, r.status])).toEqual([["remember_token", "restored"]]);
		const after = await echoedCookies(page, site.url(APP_HOST, "/echo"));
		expect(after.get("remember_token")).toBe(before.get("remember_token"));
	});

	test("a cookie already gone is reported as failed, in plain words", async () => {
		const { cookies } = await spread();
		await api.request("clearCookies", { cookies: [named(cookies, "sessionid")] });
		const reply = await api.request("clearCookies", { cookies: [named(cookies, "sessionid")] });
		expect(reply.results[0]?.status).toBe("failed");
		expect(reply.results[0]?.reason).toMatch(/no longer in the browser/);
	});

	test("expiring a Secure __Host- cookie now deletes it", async () => {
		const { cookies } = await spread();
		const at = Math.floor(Date.now() / 1000) - 1;
		const reply = await api.request("expireCookies", { cookies: [named(cookies, "__Host-session")], at });
		expect(reply.results.map((r) => r.status)).toEqual(["removed"]);
		expect(await jarNames()).not.toContain("__Host-session");
		expect((await echoedCookies(page, site.url(APP_HOST, "/echo"))).has("__Host-session")).toBe(false);
	});

	test("expiring later changes only the expiry: the site still receives the same value", async () => {
		const { cookies } = await spread();
		const targets = [named(cookies, "remember_token"), named(cookies, "__Host-session")];
		const jarBefore = await api.cookies.getAll({ domain: APP_SITE, partitionKey: {} });
		const at = Math.floor(Date.now() / 1000) + 3600;
		const reply = await api.request("expireCookies", { cookies: targets, at });
		expect(reply.results.map((r) => [r.cookie.name, r.status, r.cookie.expires])).toEqual([
			["remember_token", "changed", at],
			["__Host-session", "changed", at],
		]);
		const jarAfter = await api.cookies.getAll({ domain: APP_SITE, partitionKey: {} });
		for (const target of targets) {
			const before = jarBefore.find((c) => c.name === target.name);
			const after = jarAfter.find((c) => c.name === target.name);
			expect(after).toEqual({ ...before, session: false, expirationDate: after?.expirationDate });
			expect(Math.abs((after?.expirationDate ?? 0) - at)).toBeLessThanOrEqual(1);
		}
		const echoed = await echoedCookies(page, site.url(APP_HOST, "/echo"));
		expect(echoed.get("remember_token")).toBe(jarBefore.find((c) => c.name === "remember_token")?.value);
		expect(echoed.get("__Host-session")).toBe(jarBefore.find((c) => c.name === "__Host-session")?.value);
	});

	test("clearSite clears a third-party frame's partitioned cookies, and the frame stops receiving them", async () => {
		const frameUrl = site.url(APP_HOST, "/frame");
		const widgetLoads = () => site.requests.filter((r) => r.host === WIDGET_HOST && r.path === "/widget");
		await page.goto(frameUrl);
		await page.goto(frameUrl);
		expect(widgetLoads().at(-1)?.cookie).toContain("widget_session=");
		const tabId = await api.tabIdOf(frameUrl);
		const reply = await api.request("clearSite", { tabId, site: "thirdparty.test" });
		expect(reply.results.length).toBeGreaterThan(0);
		expect(reply.results.every((r) => r.status === "removed" && r.cookie.partitionKey !== null)).toBe(true);
		expect(await api.cookies.getAll({ domain: WIDGET_HOST, partitionKey: {} })).toEqual([]);
		const loads = widgetLoads().length;
		await page.goto(frameUrl);
		await page.waitForFunction((n) => performance.getEntriesByType("resource").length >= n, 1);
		expect(widgetLoads().length).toBe(loads + 1);
		expect(widgetLoads().at(-1)?.cookie).toBeUndefined();
	});
});
