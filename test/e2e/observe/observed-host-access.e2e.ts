/**
 * The observation stays within the host access the user granted (docs/permissions.md, "`webRequest`"): a
 * response of a site the extension may not read is not seen at all, so nothing it refused shows up once
 * access is granted, while the same response afterwards is listed.
 */
import { describe, expect, test } from "vitest";
import type { TabReport } from "../../../src/core/tab-report.ts";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { grantHostAccessInSettings, withholdHostAccess } from "../harness/browsers/host-access.ts";
import { POPUP_PATH, tabIdOf } from "../harness/pages/popup.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

const refusing = (value: string) => `/set?h=${encodeURIComponent(`none=${value}; SameSite=None`)}`;

describe.each(BROWSERS)("%s: responses of a site without host access", (name) => {
	const w = world(name, { api: true });

	test("are not observed; once access is granted the next one is", async () => {
		const page = await w.browser.newPage();
		const start = w.site.url(APP_HOST, "/");
		await page.goto(start);
		// Without access the tab's URL is hidden from the extension: its id is read before.
		const tabId = await tabIdOf(w.browser, start);
		await withholdHostAccess(w.browser);
		await page.goto(w.site.url(APP_HOST, refusing("v4lue1")));

		// The user grants access as the popup asks (host-access.e2e.ts does the same).
		const popup = await w.browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`);
		await popup.waitForSelector("[data-state=access-missing]");
		await popup.click("[data-state] button");
		// The fixture's start page and a refused header leave no cookie: the popup has nothing to list.
		if (name === "firefox") await popup.waitForSelector("[data-state=empty], [data-state=ready]");
		else {
			await popup.waitForSelector("[data-pending-request]");
			await grantHostAccessInSettings(w.browser, `https://${APP_HOST}/*`);
		}
		await popup.close();

		const before: TabReport = await w.api.request("getTabReport", { tabId });
		expect(before.access).toBe("granted");
		expect(before.rejected ?? []).toEqual([]);

		await page.goto(w.site.url(APP_HOST, refusing("v4lue2")));
		const after: TabReport = await eventually(
			() => w.api.request("getTabReport", { tabId }),
			(r) => (r.rejected?.length ?? 0) > 0,
			"the refused header of the response after access was granted",
		);
		expect(after.rejected?.map((r) => [r.setCookie, r.reason])).toEqual([
			["none=…; SameSite=None", "samesite-none-insecure"],
		]);
		await page.close();
	});
});
