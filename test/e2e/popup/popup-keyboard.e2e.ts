import { describe, expect, test } from "vitest";
import { APP_HOST } from "../../site/fixture-site.ts";
import type { BrowserPage } from "../harness/browser-page.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { rowOf } from "../harness/pages/popup-actions.ts";
import { echoedCookies } from "../harness/pages/site-view.ts";
import { world } from "../harness/world.ts";

/** What has the keyboard focus, and whether it shows a focus ring (an outline other than none). */
function focused(popup: BrowserPage) {
	return popup.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			row: el?.closest<HTMLElement>("li.cookie")?.dataset.cookie ?? null,
			toggle: el?.classList.contains("cookie-toggle") ?? false,
			action: el?.dataset.action ?? null,
			ring: el ? getComputedStyle(el).outlineStyle !== "none" : false,
		};
	}, undefined);
}

/** Presses Tab until the focus is on what `wanted` accepts; fails if it never gets there. */
async function tabTo(popup: BrowserPage, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
	for (let i = 0; i < 80; i++) {
		await popup.press("Tab");
		const f = await focused(popup);
		if (wanted(f)) return f;
	}
	throw new Error("Tab never reached the wanted control");
}

describe.each(BROWSERS)("%s: the popup by keyboard alone", (name) => {
	const w = world(name, { page: true });

	test("Tab reaches a cookie with a visible focus ring, Enter opens it, and its Delete button works", async () => {
		await w.page.goto(w.site.url(APP_HOST, "/set/spread"));
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/set/spread"));
		const onToggle = await tabTo(popup, (f) => f.row === "sessionid" && f.toggle);
		expect(onToggle.ring).toBe(true);
		await popup.press("Enter");
		await popup.waitForSelector(`${rowOf("sessionid")} .details`);
		const onDelete = await tabTo(popup, (f) => f.action === "delete");
		expect(onDelete).toMatchObject({ row: "sessionid", ring: true });
		await popup.press("Enter");
		await popup.waitForFunction((row) => document.querySelector(row) === null, rowOf("sessionid"));
		expect((await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"))).has("sessionid")).toBe(false);
		await popup.close();
	});
});
