import { describe, expect, test } from "vitest";
import { onBackgroundStart } from "../background-start.ts";
import { loadTabState } from "../stores/tab-state-store.ts";
import { createFakeWorld, jarCookie, NOW } from "../testing/fake-deps.ts";
import { watchBrowser } from "../watch-browser.ts";
import { BADGE_COLORS } from "./badge-state.ts";
import { createRefreshScheduler } from "./refresh-scheduler.ts";
import { refreshTab } from "./refresh-tab.ts";

/** A session cookie with no Secure and a guessable value: high findings. */
const WEAK = jarCookie({ name: "sessionid", value: "12345", secure: false, httpOnly: false });
const GOOD = jarCookie({ name: "__Host-sid" });
const SLOW = { delayMs: 60_000, maxWaitMs: 60_000 };

function running(cookies = [GOOD]) {
	const w = createFakeWorld(cookies);
	const scheduler = createRefreshScheduler(w.deps, SLOW);
	watchBrowser(w.deps, scheduler);
	return { ...w, scheduler };
}

describe("live per-tab reports and badge", () => {
	test("a navigated tab is remembered in storage.session by its sites, and gets a badge counting high and medium findings", async () => {
		const w = running([WEAK]);
		w.tabs.open({ id: 3, url: "https://app.example.test/" });
		await w.scheduler.flush();
		expect(await loadTabState(w.session, 3)).toEqual({
			tabId: 3,
			frameSites: ["example.test"],
			updatedAt: NOW,
		});
		// WEAK: no Secure, no HttpOnly, a guessable value; all three high.
		expect(w.badge.shown(3)).toEqual({
			text: "3",
			color: BADGE_COLORS.high,
			title: "Session Hygiene: 3 high or medium findings in this tab's 1 cookie (3 high, 0 medium).",
		});
	});

	test("cookie changes of the tab's site, however many, show in its report after one refresh", async () => {
		const w = running();
		w.tabs.open({ id: 3, url: "https://app.example.test/" });
		await w.scheduler.flush();
		expect(w.badge.shown(3)?.text).toBe("");
		for (let i = 0; i < 20; i++)
			await w.jar.set(jarCookie({ name: `session_${i}`, value: String(i), secure: false }));
		await w.scheduler.flush();
		expect(w.badge.shown(3)?.title).toMatch(/ in this tab's 21 cookies /);
		expect(Number(w.badge.shown(3)?.text)).toBeGreaterThan(20);
	});

	test("a change on another site leaves an unrelated tab's report as it was", async () => {
		const w = running();
		w.tabs.open({ id: 3, url: "https://app.example.test/" });
		await w.scheduler.flush();
		const before = await loadTabState(w.session, 3);
		w.clock.now += 10;
		await w.jar.set(jarCookie({ domain: "shop.test", name: "sessionid", value: "1" }));
		await w.scheduler.flush();
		expect(await loadTabState(w.session, 3)).toEqual(before);
	});

	test("a frame's site counts: a cookie change there refreshes the embedding tab", async () => {
		const w = running();
		w.tabs.open({ id: 3, url: "https://app.example.test/" });
		w.tabs.navigate(3, "https://app.example.test/", ["https://widgets.thirdparty.test/widget"]);
		await w.scheduler.flush();
		expect((await loadTabState(w.session, 3))?.frameSites).toEqual(["example.test", "thirdparty.test"]);
		expect(w.badge.shown(3)?.text).toBe("");
		await w.jar.set(
			jarCookie({ domain: "widgets.thirdparty.test", name: "sessionid", value: "1", secure: false }),
		);
		await w.scheduler.flush();
		// The frame's session cookie: no Secure and a guessable value.
		expect(w.badge.shown(3)).toMatchObject({
			text: "2",
			title: "Session Hygiene: 2 high or medium findings in this tab's 2 cookies (2 high, 0 medium).",
		});
	});

	test("pages without cookies to inspect get an empty badge", async () => {
		const w = running([WEAK]);
		w.tabs.open({ id: 3, url: "https://app.example.test/" });
		await w.scheduler.flush();
		w.tabs.navigate(3, "chrome://settings/");
		await w.scheduler.flush();
		expect(w.badge.shown(3)?.text).toBe("");
	});

	test("a closed tab's report is forgotten", async () => {
		const w = running();
		w.tabs.open({ id: 3, url: "https://app.example.test/" });
		await w.scheduler.flush();
		w.tabs.close(3);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(await loadTabState(w.session, 3)).toBeUndefined();
	});

	test("a background stopped before its refresh ran finishes it when it starts again", async () => {
		const w = running();
		w.tabs.open({ id: 3, url: "https://app.example.test/" });
		await w.scheduler.flush();
		await onBackgroundStart(w.deps, w.scheduler);
		await w.jar.set(WEAK);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(w.badge.shown(3)?.text).toBe("");
		// The old scheduler is dropped with its timer, as a stopped worker drops its module state.
		const restarted = createRefreshScheduler(w.deps, SLOW);
		await onBackgroundStart(w.deps, restarted);
		await restarted.flush();
		expect(w.badge.shown(3)?.title).toBe(
			"Session Hygiene: 3 high or medium findings in this tab's 2 cookies (3 high, 0 medium).",
		);
	});
});

describe("values in getTabReport", () => {
	test("reach the popup when it asks for them, but never storage.session", async () => {
		const w = running([WEAK]);
		w.tabs.open({ id: 3, url: "https://app.example.test/" });
		const reply = await refreshTab(w.deps, 3, { includeValues: true });
		expect(reply.report.sites[0]?.cookies[0]?.value).toBe("12345");
		expect(await loadTabState(w.session, 3)).toEqual({
			tabId: 3,
			frameSites: ["example.test"],
			updatedAt: NOW,
		});
		expect(JSON.stringify(await w.session.entries(""))).not.toContain("12345");
		expect((await refreshTab(w.deps, 3)).report.sites[0]?.cookies[0]).not.toHaveProperty("value");
	});
});
