import { describe, expect, test } from "vitest";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor, waitForAllRows } from "../harness/pages/popup.ts";
import { world } from "../harness/world.ts";

/**
 * The first screen, timed from the background's reply ("report-received") to the first commit of the
 * rendered report ("first-render"), both marked by the popup itself. Printed, not asserted: timings on a
 * shared CI machine are not a pass/fail signal. Worst case for the first screen: every cookie is a
 * session (a session pattern matches them all), so every row renders at once instead of collapsing.
 * Browsers keep at most 180 cookies per site (test/site/pages/many.ts), so /many?n=500 leaves about 180.
 */
describe.each(BROWSERS)("%s: the popup's first screen with a full jar", (name) => {
	const w = world(name, { api: true });

	test("renders every session row and prints the time from report to first render", async () => {
		const { own } = await w.api.request("getSettingsView", {});
		await w.api.request("setSettings", { settings: { ...own, sessionPatterns: ["bulk_*"] } });
		const page = await w.browser.newPage();
		await page.goto(w.site.url(APP_HOST, "/many?n=500"));
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/many"));
		const first = await popup.evaluate(
			() => performance.measure("first-screen", "report-received", "first-render").duration,
			undefined,
		);
		await waitForAllRows(popup);
		const all = await popup.evaluate(
			() => ({
				ms: performance.now() - (performance.getEntriesByName("report-received")[0]?.startTime ?? 0),
				rows: document.querySelectorAll("li.cookie").length,
			}),
			undefined,
		);
		console.log(
			`${name}: first screen ${first.toFixed(1)} ms after the report arrived; all ${all.rows} session rows rendered within ${all.ms.toFixed(0)} ms`,
		);
		expect(all.rows).toBeGreaterThan(150);
		expect(first).toBeGreaterThan(0);
		await w.api.request("setSettings", { settings: own });
	});
});
