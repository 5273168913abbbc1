import { describe, expect, test } from "vitest";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { grantHostAccessInSettings, withholdHostAccess } from "../harness/browsers/host-access.ts";
import { POPUP_PATH, readShownSites, tabIdOf } from "../harness/pages/popup.ts";
import { world } from "../harness/world.ts";

describe.each(BROWSERS)("%s: host access withheld by the user", (name) => {
	const w = world(name);

	test("the popup says so, asks for access, and lists the cookies once it is granted", async () => {
		const page = await w.browser.newPage();
		await page.goto(w.site.url(APP_HOST, "/set/spread"));
		const tabId = await tabIdOf(w.browser, w.site.url(APP_HOST, "/set/spread"));
		const pattern = `https://${APP_HOST}/*`;
		await withholdHostAccess(w.browser);

		const popup = await w.browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`);
		await popup.waitForSelector("[data-state=access-missing]");
		expect(await popup.text("[data-state]")).toContain(`no access to ${APP_HOST}`);
		await popup.click("[data-state] button");

		if (name === "firefox") {
			// extensions.webextOptionalPermissionPrompts=false answers the prompt with "Allow".
			await popup.waitForSelector("[data-state=ready]");
		} else {
			// Headless Chromium shows its permission dialog where no test can click it: the popup must say it
			// is waiting for the answer; then the user allows the site on chrome://extensions instead.
			await popup.waitForSelector("[data-pending-request]");
			await grantHostAccessInSettings(w.browser, pattern);
			await popup.reload();
			await popup.waitForSelector("[data-state=ready]");
		}
		const sites = await readShownSites(popup);
		expect(sites.map((s) => s.site)).toEqual([APP_SITE]);
		expect(sites[0]?.cookies.map((c) => c.name)).toContain("__Host-session");
		await popup.close();
		await page.close();
	});
});
