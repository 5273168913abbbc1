/**
 * A session's history across a sign-in, a sign-out and a second sign-in, as the background observed it
 * (docs/protocol.md, "Observed responses"): each event names the response that caused it, and the
 * cookie's details in the popup say so.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { Timeline } from "../../../src/core/observe/timeline.ts";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { expandCookie, rowOf } from "../harness/pages/popup-actions.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

const COOKIE = "app_session";

describe.each(BROWSERS)("%s: a session's observed history", (name) => {
	const w = world(name, { api: true, page: true });
	// A message answered means the background's script has run and its webRequest listener exists: the
	// responses of the first moments after install, before that, are not observed (README, "The popup").
	beforeAll(() => w.api.request("getSettings", {}));

	const signIn = async () => {
		await w.page.goto(w.site.url(APP_HOST, "/login"));
		await w.page.click("button[type=submit]");
		await w.page.waitForFunction(
			() => document.querySelector("#status")?.textContent === "Signed in as alice",
			null,
		);
	};

	const events = async () => {
		const { observation } = (await w.api.session()) as { observation?: { timeline: Timeline } };
		return (observation?.timeline.bySite[APP_SITE] ?? [])
			.filter((e) => e.cookie.name === COOKIE)
			.map((e) => [e.kind, typeof e.by === "object" ? `${e.by.method} ${e.by.path} ${e.by.status}` : e.by]);
	};

	test("names the sign-in, the sign-out and the next sign-in, in the popup too", async () => {
		await signIn();
		await w.page.goto(w.site.url(APP_HOST, "/logout"));
		await w.page.waitForFunction(
			() => document.querySelector("#status")?.textContent === "Not signed in",
			null,
		);
		await signIn();
		const expected = [
			["set", "POST /login 302"],
			["removed", "GET /logout 302"],
			["set", "POST /login 302"],
		];
		expect(await eventually(events, (e) => e.length >= 3, "three events")).toEqual(expected);

		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/account"));
		await expandCookie(popup, COOKIE);
		await popup.waitForSelector(`${rowOf(COOKIE)} [data-history]`);
		const text = await popup.text(`${rowOf(COOKIE)} [data-history]`);
		expect(text).toMatch(
			/^History: set by POST \/login 302 · [^,]+, removed by GET \/logout 302 · [^,]+, set by POST \/login 302 · [^,]+$/,
		);
		await popup.close();
	});

	test("survives the browser stopping the background (storage.session)", async () => {
		// The history of the test above.
		const before = await events();
		expect(before.length).toBeGreaterThanOrEqual(3);
		if (!w.browser.armBackgroundStop) throw new Error(`${name} cannot stop its background`);
		const stop = await w.browser.armBackgroundStop();
		await stop();
		// The next sign-out wakes the background, which appends to the history it kept.
		await w.page.goto(w.site.url(APP_HOST, "/logout"));
		const after = await eventually(events, (e) => e.length > before.length, "the sign-out after the stop");
		expect(after).toEqual([...before, ["removed", "GET /logout 302"]]);
	});
});
