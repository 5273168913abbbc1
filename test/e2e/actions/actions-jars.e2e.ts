import { describe, expect, test } from "vitest";
import type { CookieReport } from "../../../src/core/report.ts";
import { APP_HOST, type FixtureSite } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { POPUP_PATH } from "../harness/pages/popup.ts";
import { echoedCookies } from "../harness/pages/site-view.ts";
import { type World, world } from "../harness/world.ts";

const setUrl = (site: FixtureSite, host: string, scheme: "http" | "https", ...headers: string[]) =>
	site.url(host, `/set?${headers.map((h) => `h=${encodeURIComponent(h)}`).join("&")}`, scheme);

async function reportedCookie(
	w: World,
	url: string,
	cookieName: string,
): Promise<{ tabId: number; cookie: CookieReport }> {
	const tabId = await w.api.tabIdOf(url);
	const report = await w.api.request("getTabReport", { tabId });
	const cookie = report.sites.flatMap((s) => s.cookies).find((c) => c.name === cookieName);
	if (!cookie) throw new Error(`${cookieName} is not in the report of ${url}`);
	return { tabId, cookie };
}

describe.each(BROWSERS)("%s: localhost and IP hosts", (name) => {
	const w = world(name, { api: true, page: true });

	test.each(["localhost", "127.0.0.1"])(
		"a Secure cookie set over http://%s is listed, expired later and cleared",
		async (host) => {
			const url = setUrl(
				w.site,
				host,
				"http",
				"loop_sid=abc123XYZ; Path=/; Secure; HttpOnly",
				"loop_plain=1; Path=/",
			);
			await w.page.goto(url);
			const { cookie } = await reportedCookie(w, url, "loop_sid");
			const at = Math.floor(Date.now() / 1000) + 600;
			const changed = await w.api.request("expireCookies", { cookies: [cookie], at });
			expect(changed.results.map((r) => r.status)).toEqual(["changed"]);
			const echo = w.site.url(host, "/echo", "http");
			expect((await echoedCookies(w.page, echo)).get("loop_sid")).toBe("abc123XYZ");
			const cleared = await w.api.request("clearCookies", {
				cookies: [changed.results[0]?.cookie ?? cookie],
			});
			expect(cleared.results.map((r) => r.status)).toEqual(["removed"]);
			expect([...(await echoedCookies(w.page, echo)).keys()]).toEqual(["loop_plain"]);
		},
	);
});

describe("firefox: containers and first-party isolation", () => {
	describe("a container tab", () => {
		const w = world("firefox", {
			api: true,
			page: true,
			launch: { firefoxPrefs: { "privacy.userContext.enabled": true } },
		});

		test("logoutSite in a container tab clears the container's session only", async () => {
			await w.page.goto(w.site.url(APP_HOST, "/login?user=alice"));
			const loginUrl = w.site.url(APP_HOST, "/login?user=bob");
			// tabs.create with a cookieStoreId needs only the "cookies" permission (MDN tabs.create).
			await w.api.page.evaluate(async (url) => {
				const api = (globalThis as unknown as { browser: { tabs: { create(o: object): Promise<unknown> } } })
					.browser;
				await api.tabs.create({ url, cookieStoreId: "firefox-container-1" });
			}, loginUrl);
			const accountUrl = w.site.url(APP_HOST, "/account");
			let tabIds: number[] = [];
			for (let i = 0; i < 50 && tabIds.length < 2; i++) {
				await new Promise((resolve) => setTimeout(resolve, 100));
				tabIds = await w.api.page.evaluate(async (prefix) => {
					const api = (
						globalThis as unknown as {
							browser: { tabs: { query(o: object): Promise<{ id: number; url?: string }[]> } };
						}
					).browser;
					return (await api.tabs.query({})).filter((t) => t.url?.startsWith(prefix)).map((t) => t.id);
				}, accountUrl);
			}
			const reports = await Promise.all(tabIds.map((tabId) => w.api.request("getTabReport", { tabId })));
			const container = reports.find((r) => r.storeId === "firefox-container-1");
			expect(container).toBeDefined();
			// Firefox names its first default container "Personal"; the popup shows the name, not the id.
			expect(container?.containerName).toBe("Personal");
			const popup = await w.browser.openExtensionPage(`${POPUP_PATH}?tabId=${container?.tabId}`);
			await popup.waitForSelector("[data-state=ready]");
			expect(await popup.text()).toContain("Container: Personal");
			await popup.close();
			const reply = await w.api.request("logoutSite", {
				tabId: container?.tabId ?? -1,
				site: "example.test",
			});
			expect(reply.results.map((r) => [r.cookie.name, r.cookie.storeId, r.status])).toEqual([
				["app_session", "firefox-container-1", "removed"],
			]);
			const left = await w.api.cookies.getAll({
				name: "app_session",
				domain: "example.test",
				storeId: "firefox-default",
			});
			expect(left).toHaveLength(1);
			await w.page.goto(accountUrl);
			expect(await w.page.text("#status")).toBe("Signed in as alice");
		});
	});

	describe("with first-party isolation", () => {
		const w = world("firefox", {
			api: true,
			page: true,
			launch: { firefoxPrefs: { "privacy.firstparty.isolate": true } },
		});

		test("cookies carry their firstPartyDomain, and expiring later and clearing keep to it", async () => {
			const url = setUrl(w.site, APP_HOST, "https", "fpi_sid=s3cr3tV4lue; Path=/; Secure; HttpOnly");
			await w.page.goto(url);
			const { cookie } = await reportedCookie(w, url, "fpi_sid");
			expect(cookie.firstPartyDomain).toBe("example.test");
			const at = Math.floor(Date.now() / 1000) + 600;
			const changed = await w.api.request("expireCookies", { cookies: [cookie], at });
			expect(changed.results.map((r) => r.status)).toEqual(["changed"]);
			const echo = w.site.url(APP_HOST, "/echo");
			expect((await echoedCookies(w.page, echo)).get("fpi_sid")).toBe("s3cr3tV4lue");
			const cleared = await w.api.request("clearCookies", { cookies: [cookie] });
			expect(cleared.results.map((r) => r.status)).toEqual(["removed"]);
			expect((await echoedCookies(w.page, echo)).has("fpi_sid")).toBe(false);
		});
	});
});
