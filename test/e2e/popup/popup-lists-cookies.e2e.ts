import { describe, expect, test } from "vitest";
import { APP_HOST, APP_SITE, expectedCookies, WIDGET_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { byName, expectedView, shownView } from "../harness/pages/expected-view.ts";
import { openPopupFor, readShownSites } from "../harness/pages/popup.ts";
import { world } from "../harness/world.ts";

describe.each(BROWSERS)("%s: the popup lists the tab's cookies", (name) => {
	const w = world(name);

	test("lists exactly the cookies the page set, with their flags, and the site receives them", async () => {
		const page = await w.browser.newPage();
		await page.goto(w.site.url(APP_HOST, "/set/spread"));
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/set/spread"));
		const sites = await readShownSites(popup);
		expect(sites.map((s) => s.site)).toEqual([APP_SITE]);
		const expected = expectedCookies("spread", "https", APP_HOST).map(expectedView).sort(byName);
		expect(sites[0]?.cookies.map(shownView).sort(byName)).toEqual(expected);

		await page.goto(w.site.url(APP_HOST, "/echo"));
		const echoed = JSON.parse(await page.text("body")) as { cookie: string | null };
		const sent = (echoed.cookie ?? "").split("; ").map((pair) => pair.split("=")[0]);
		expect(sent.sort()).toEqual(expected.map((c) => c.name).sort());
		await popup.close();
		await page.close();
	});

	test("shows a third-party frame's cookies under the frame's own site", async () => {
		const page = await w.browser.newPage();
		await page.goto(w.site.url(APP_HOST, "/frame"));
		// An iframe's resource-timing entry appears once the frame has loaded, its cookies stored.
		await page.waitForFunction(
			(host) => performance.getEntriesByType("resource").some((e) => e.name.includes(host)),
			WIDGET_HOST,
		);
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/frame"));
		const sites = await readShownSites(popup);
		const widget = sites.find((s) => s.site === "thirdparty.test");
		expect(sites[0]?.site).toBe(APP_SITE);
		const expected = expectedCookies("frame", "https", APP_HOST, name).map(expectedView).sort(byName);
		expect(widget?.cookies.map(shownView).sort(byName)).toEqual(expected);
		expect(widget?.cookies.every((c) => c.domain === WIDGET_HOST)).toBe(true);
		await popup.close();
		await page.close();
	});
});
