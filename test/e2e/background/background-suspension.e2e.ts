import { describe, expect, test } from "vitest";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { echoedCookies } from "../harness/pages/site-view.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

/** Firefox suspends an idle event page after this long (lowered from about 30 s in this file only). */
const IDLE_TIMEOUT_MS = 2_000;

describe.each(BROWSERS)("%s: a stopped background resumes with nothing lost", (name) => {
	const w = world(name, { api: true, page: true, launch: { backgroundIdleTimeoutMs: IDLE_TIMEOUT_MS } });

	const session = async () => w.api.session();
	const starts = async () => ((await session()).background as { starts: number } | undefined)?.starts ?? 0;
	/** What the background remembers of the tab in storage.session: the sites it shows. */
	const stored = async (tabId: number) => (await session())[`tab:${tabId}`];
	const stop = async () => {
		if (!w.browser.stopBackground) throw new Error(`${name} cannot stop its background`);
		await w.browser.stopBackground();
	};

	test("report, badge, snapshot and undo survive; events wake it; a message finds the same report", async () => {
		const url = w.site.url(APP_HOST, "/set/spread");
		await w.page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		await w.page.goto(w.site.url(APP_HOST, "/login?user=alice"));
		const { snapshotId } = await w.api.request("snapshotSite", { tabId, site: APP_SITE });
		const report = await w.api.request("getTabReport", { tabId });
		const prefs = report.sites[0]?.cookies.find((c) => c.name === "prefs");
		await w.api.request("clearCookies", { cookies: prefs ? [prefs] : [] });
		const before = await w.api.request("getTabReport", { tabId });
		expect(before.sites[0]?.cookies.map((c) => c.name)).not.toContain("prefs");
		const badge = await eventually(
			() => w.api.badge(tabId),
			(b) => b.text !== "",
			"a badge",
		);
		const startsBefore = await starts();

		await stop();
		// Read while it is stopped: badge and storage.session belong to the browser, not to the background.
		expect(await w.api.badge(tabId)).toEqual(badge);
		expect(await stored(tabId)).toMatchObject({ tabId, frameSites: [APP_SITE] });
		expect(await starts()).toBe(startsBefore);

		// A message wakes it: it started again, and reports the same tab the same way.
		const after = await w.api.request("getTabReport", { tabId });
		expect(await starts()).toBe(startsBefore + 1);
		expect(after.sites).toEqual(before.sites);
		expect(after.snapshots.map((s) => s.snapshotId)).toEqual([snapshotId]);
		expect(await w.api.badge(tabId)).toEqual(badge);

		// The undo record and the snapshot were in storage.session: both still work.
		const undone = await w.api.request("undo", {});
		expect(undone.results.map((r) => [r.cookie.name, r.status])).toEqual([["prefs", "restored"]]);
		await w.page.goto(w.site.url(APP_HOST, "/logout"));
		const restored = await w.api.request("restoreSnapshot", { snapshotId });
		expect(restored.results.find((r) => r.cookie.name === "app_session")?.status).toBe("restored");
		expect((await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"))).has("app_session")).toBe(true);
	});

	test("a cookie change while it is stopped wakes it, and the badge follows", async () => {
		const url = w.site.url(APP_HOST, "/set/spread");
		await w.page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		const badge = await eventually(
			() => w.api.badge(tabId),
			(b) => b.text !== "",
			"a badge",
		);
		await eventually(
			() => stored(tabId),
			(r) => r !== undefined,
			"the tab's record",
		);
		const startsBefore = await starts();
		await stop();

		await w.page.evaluate(() => {
			// biome-ignore lint/suspicious/noDocumentCookie: the scenario is a page script setting a cookie, no navigation.
			document.cookie = "auth_token=1234; path=/";
		}, undefined);
		// Only the woken background, matching the change against the tab's record, can raise the count.
		await eventually(
			() => w.api.badge(tabId),
			(b) => Number(b.text) > Number(badge.text),
			"a higher count",
		);
		expect(await starts()).toBe(startsBefore + 1);
	});
});
