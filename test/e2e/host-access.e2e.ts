import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { APP_HOST, APP_SITE, type FixtureSite, startFixtureSite } from "../site/fixture-site.ts";
import type { ExtensionBrowser } from "./harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "./harness/browsers.ts";
import { grantHostAccessInSettings, withholdHostAccess } from "./harness/host-access.ts";
import { POPUP_PATH, readShownSites, tabIdOf } from "./harness/popup.ts";

describe.each(BROWSERS)("%s: host access withheld by the user", (name) => {
	let site: FixtureSite;
	let browser: ExtensionBrowser;

	beforeAll(async () => {
		site = await startFixtureSite();
		browser = await launchBrowser(name);
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	test("the popup says so, asks for access, and lists the cookies once it is granted", async () => {
		const page = await browser.newPage();
		await page.goto(site.url(APP_HOST, "/set/spread"));
		const tabId = await tabIdOf(browser, site.url(APP_HOST, "/set/spread"));
		const pattern = `https://${APP_HOST}/*`;
		await withholdHostAccess(browser);

		const popup = await browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`);
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
			await grantHostAccessInSettings(browser, pattern);
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
