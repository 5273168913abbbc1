import { describe, expect, test } from "vitest";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { accountStatus, echoedCookies } from "../harness/pages/site-view.ts";
import { world } from "../harness/world.ts";

describe.each(BROWSERS)("%s: logout, undo, snapshots, export and settings", (name) => {
	const w = world(name, { api: true, page: true });

	/** Signs in as alice on top of the spread of cookies; returns the tab id. */
	async function signIn(): Promise<number> {
		await w.page.goto(w.site.url(APP_HOST, "/set/spread"));
		await w.page.goto(w.site.url(APP_HOST, "/login?user=alice"));
		expect(await w.page.text("#status")).toBe("Signed in as alice");
		return w.api.tabIdOf(w.site.url(APP_HOST, "/account"));
	}
	const account = () => accountStatus(w.page, w.site.url(APP_HOST, "/account"));
	const echo = () => echoedCookies(w.page, w.site.url(APP_HOST, "/echo"));

	test("logoutSite signs the user out and keeps the site's other cookies; undo signs them back in", async () => {
		const tabId = await signIn();
		const report = await w.api.request("getTabReport", { tabId });
		const sessionBound = report.sites[0]?.cookies.filter((c) => c.role !== "other").map((c) => c.name) ?? [];
		const others = report.sites[0]?.cookies.filter((c) => c.role === "other").map((c) => c.name) ?? [];
		expect(sessionBound).toContain("app_session");
		expect(others).toContain("_ga");

		const reply = await w.api.request("logoutSite", { tabId, site: APP_SITE });
		expect(reply.results.map((r) => r.cookie.name).sort()).toEqual(sessionBound.sort());
		expect(reply.results.every((r) => r.status === "removed")).toBe(true);
		expect(await account()).toBe("Not signed in");
		expect([...(await echo()).keys()].sort()).toEqual(others.sort());

		const undone = await w.api.request("undo", {});
		expect(undone.results.every((r) => r.status === "restored")).toBe(true);
		expect(await account()).toBe("Signed in as alice");
	});

	test("a snapshot restored after logout replays the old session, which the server has revoked", async () => {
		const tabId = await signIn();
		const { snapshotId, count } = await w.api.request("snapshotSite", { tabId, site: APP_SITE });
		expect(count).toBeGreaterThan(0);
		const old = (await echo()).get("app_session");
		expect(old).toBeTruthy();

		await w.page.goto(w.site.url(APP_HOST, "/logout"));
		expect(await w.page.text("#status")).toBe("Not signed in");
		expect((await echo()).has("app_session")).toBe(false);

		const reply = await w.api.request("restoreSnapshot", { snapshotId });
		expect(reply.results.find((r) => r.cookie.name === "app_session")?.status).toBe("restored");
		expect((await echo()).get("app_session")).toBe(old);
		// The browser sends the old session again; the fixture server revoked it, so it signs no one in.
		expect(await account()).toBe("Not signed in");
	});

	test("an unknown snapshot is refused in plain words", async () => {
		const reply = await w.api.send("restoreSnapshot", { snapshotId: "no-such-snapshot" });
		expect(reply).toEqual({ ok: false, error: expect.stringMatching(/snapshot is gone/) });
	});

	test("exportReport gives the tab's report as JSON, Markdown and SARIF, without values", async () => {
		const tabId = await signIn();
		const json = await w.api.request("exportReport", { tabId, format: "json" });
		const report = JSON.parse(json.text) as {
			schema: string;
			fixes: string[];
			sites: { site: string; cookies: { findings: { fix?: string; fixIndex?: number }[] }[] }[];
		};
		expect(report.schema).toBe("session-hygiene/report@2");
		// Each fix text once in fixes; a finding points at its own (report@2).
		const findings = report.sites.flatMap((s) => s.cookies.flatMap((c) => c.findings));
		expect(findings.some((f) => "fix" in f)).toBe(false);
		expect(new Set(findings.map((f) => f.fixIndex).filter((i) => i !== undefined)).size).toBe(
			report.fixes.length,
		);
		expect(report.fixes.length).toBeGreaterThan(0);
		expect(report.sites[0]?.site).toBe(APP_SITE);
		expect(report.sites[0]?.cookies.some((c) => "value" in c)).toBe(false);
		expect(json.filename).toMatch(/\.json$/);
		const markdown = await w.api.request("exportReport", { tabId, format: "markdown" });
		expect(markdown.text).toContain("app_session");
		const sarif = JSON.parse((await w.api.request("exportReport", { tabId, format: "sarif" })).text);
		expect(sarif.version).toBe("2.1.0");
	});

	test("setSettings stores valid settings in storage.sync and refuses invalid ones whole", async () => {
		const settings = await w.api.request("getSettings", {});
		const saved = await w.api.request("setSettings", {
			settings: { ...settings, maxSessionLifetimeDays: 7 },
		});
		expect(saved.maxSessionLifetimeDays).toBe(7);
		expect((await w.api.request("getSettings", {})).maxSessionLifetimeDays).toBe(7);
		const refused = await w.api.send("setSettings", {
			settings: { ...settings, maxSessionLifetimeDays: -1 },
		});
		expect(refused.ok).toBe(false);
		expect((await w.api.request("getSettings", {})).maxSessionLifetimeDays).toBe(7);
		await w.api.request("setSettings", { settings });
	});
});
