import { describe, expect, test } from "vitest";
import type { Cookie } from "../../../src/core/cookie.ts";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { POPUP_PATH } from "../harness/pages/popup.ts";
import { noticeText } from "../harness/pages/popup-actions.ts";
import { echoedCookies } from "../harness/pages/site-view.ts";
import { type Stopped, stopMidAction } from "../harness/stop-mid-action.ts";
import { world } from "../harness/world.ts";

/** `sid_01` … `sid_50`: the fifty session cookies of the sign-in. */
const NAMES = Array.from({ length: 50 }, (_, i) => `sid_${String(i + 1).padStart(2, "0")}`);

/**
 * Half host-only and half `Domain=example.test`, every third one HttpOnly, all Secure, so the restored
 * jar is compared on more than names and values. Each value is its own, as tokens are.
 */
const SET_COOKIES = NAMES.map((name, i) =>
	[
		`${name}=tok-${name}-7Kq2vX9mR4pT1wZ8`,
		"Path=/",
		"Secure",
		"SameSite=Lax",
		...(i % 2 === 1 ? ["Domain=example.test"] : []),
		...(i % 3 === 0 ? ["HttpOnly"] : []),
	].join("; "),
);

/** Stop once this many are done: far enough in to be in the middle, early enough not to miss the end. */
const DONE_BEFORE_STOPPING = 5;
/** How often the scenario is tried before the test gives up on stopping the action half way. */
const ATTEMPTS = 5;

/** The sid_ cookies of the jar, by name. */
const sids = (jar: Cookie[]) =>
	jar.filter((c) => c.name.startsWith("sid_")).sort((a, b) => (a.name < b.name ? -1 : 1));

describe.each(BROWSERS)("%s: a multi-cookie action cut short by a stopped background", (name) => {
	const w = world(name, { api: true, page: true });

	const url = (path: string) => w.site.url(APP_HOST, path);
	const echoedSids = async () =>
		[...(await echoedCookies(w.page, url("/echo"))).entries()].filter(([n]) => n.startsWith("sid_")).sort();
	/** How often the background has started, as it counts in storage.session. */
	const starts = async () =>
		((await w.api.session()).background as { starts: number } | undefined)?.starts ?? 0;

	/** Signs in with the fifty cookies; returns the tab and the jar's copy of them. */
	async function signedIn(): Promise<{ tabId: number; before: Cookie[] }> {
		const query = SET_COOKIES.map((h) => `h=${encodeURIComponent(h)}`).join("&");
		await w.page.goto(url(`/set?${query}`));
		const before = sids(await w.api.jar());
		expect(before.map((c) => c.name)).toEqual(NAMES);
		return { tabId: await w.api.tabIdOf(url("/set")), before };
	}

	/**
	 * Signs in and stops the background in the middle of logging out. How far the action gets before the
	 * stop lands is up to the machine; when it was all done first (a busy machine), the scenario is run
	 * again, after a report has woken the background.
	 */
	async function logoutStoppedHalfway(): Promise<{
		tabId: number;
		before: Cookie[];
		startsBefore: number;
		stop: Stopped;
	}> {
		for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
			const { tabId, before } = await signedIn();
			const startsBefore = await starts();
			// The action runs on while the stop is on its way; harness/stop-mid-action.ts says what it returns.
			const start = () => w.api.request("logoutSite", { tabId, site: APP_SITE });
			const stop = await stopMidAction(w, start, DONE_BEFORE_STOPPING);
			if (stop) return { tabId, before, startsBefore, stop };
			await w.api.request("getTabReport", { tabId });
		}
		throw new Error(`logoutSite was done before the stop landed, ${ATTEMPTS} times out of ${ATTEMPTS}`);
	}

	/**
	 * The report's count of cookies done at the stop: between what was seen and the whole action. All 50
	 * is a stop that landed after the last cookie but before the journal was closed (seen on a loaded
	 * 2-core machine): the action was still cut short of its end, and its reply never left.
	 */
	function expectStoppedHalfway(doneBeforeStop: number, stop: Stopped): void {
		expect(doneBeforeStop).toBeGreaterThanOrEqual(stop.seen);
		expect(doneBeforeStop).toBeLessThanOrEqual(50);
		if (stop.doneAtStop !== undefined) expect(doneBeforeStop).toBe(stop.doneAtStop);
	}

	test("the next start finishes logoutSite, and the first report tells it once", async () => {
		const { tabId, startsBefore, stop } = await logoutStoppedHalfway();

		const report = await w.api.request("getTabReport", { tabId });
		const doneBeforeStop = report.interruption?.doneBeforeStop ?? -1;
		expectStoppedHalfway(doneBeforeStop, stop);
		expect(report.interruption).toEqual({
			action: "logoutSite",
			site: "example.test",
			total: 50,
			doneBeforeStop,
			undoable: true,
			failed: 0,
		});
		expect(await starts()).toBe(startsBefore + 1);
		expect(sids(await w.api.jar())).toEqual([]);
		expect(await w.api.session()).not.toHaveProperty("journal");
		expect(await w.api.request("getTabReport", { tabId })).not.toHaveProperty("interruption");
		expect(await echoedSids()).toEqual([]);
	});

	test("the popup shows the interruption with Undo, which puts all fifty back for the site", async () => {
		const { tabId, before, stop } = await logoutStoppedHalfway();

		// The popup's report is the first since the stop (openPopupFor would ask for one more first).
		const popup = await w.browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`);
		const banner = await noticeText(popup, "interruptedLogoutSite");
		const doneBeforeStop = Number(/: (\d+) of 50 /.exec(banner)?.[1]);
		expectStoppedHalfway(doneBeforeStop, stop);
		expect(banner).toContain(
			`Log out of example.test was interrupted: ${doneBeforeStop} of 50 cookies were removed when the browser stopped the extension, which removed the rest when it started again.`,
		);
		expect(sids(await w.api.jar())).toEqual([]);
		await popup.click("[data-notice=interruptedLogoutSite] [data-action=undo]");
		expect(await noticeText(popup, "noticeUndone")).toContain("Undone: 50 cookies put back. Failed: 0.");
		await popup.close();

		// Every cookie as it was (value, domain or host-only, path, Secure, HttpOnly, SameSite, store), and the
		// site receives all fifty again.
		expect(sids(await w.api.jar())).toEqual(before);
		expect(await echoedSids()).toEqual(
			SET_COOKIES.map((h) => h.slice(0, h.indexOf(";")).split("=") as [string, string]),
		);
		expect(await w.api.request("getTabReport", { tabId })).not.toHaveProperty("interruption");
	});
});
