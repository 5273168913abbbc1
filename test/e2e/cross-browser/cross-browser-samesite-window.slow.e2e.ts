/**
 * The slow tier (vitest project "e2e-slow"; `npm test` runs it alongside the other e2e files, `npm run
 * test:quick` leaves it out). Chromium lets a cookie without SameSite go with a cross-site top-level POST
 * for two minutes after it is set (RFC 6265bis "Lax-allowing-unsafe" enforcement mode; sources in
 * cross-browser-samesite.e2e.ts, which checks the fresh cookie). Only waiting the window out shows what
 * happens after: Chromium keeps the cookie back, Firefox (which treats it as None) still sends it.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type FixtureSite, startFixtureSite } from "../../site/fixture-site.ts";
import type { BrowserName, BrowserPage, ExtensionBrowser } from "../harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "../harness/browsers/browsers.ts";
import { crossSitePost, setSameSiteCookies } from "../harness/pages/cross-site-post.ts";

const SENT_AFTER_WINDOW: Record<BrowserName, string[]> = {
	chromium: ["none"],
	firefox: ["none", "unspecified"],
};
const LAX_ALLOWING_UNSAFE_MS = 120_000;

/** Both browsers wait out the window together, so the file waits two minutes once, not once per browser. */
describe("after the two-minute Lax-allowing-unsafe window", () => {
	let site: FixtureSite;
	const open: { name: BrowserName; browser: ExtensionBrowser; page: BrowserPage }[] = [];

	beforeAll(async () => {
		site = await startFixtureSite();
		for (const name of BROWSERS) {
			const browser = await launchBrowser(name);
			const page = await browser.newPage();
			await setSameSiteCookies(page, site);
			open.push({ name, browser, page });
		}
	});
	afterAll(async () => {
		for (const { browser } of open) await browser.close();
		await site?.close();
	});

	test(
		"only Firefox still sends the cookie without SameSite with a cross-site POST",
		async () => {
			await new Promise((resolve) => setTimeout(resolve, LAX_ALLOWING_UNSAFE_MS + 5_000));
			for (const { name, page } of open) {
				expect(await crossSitePost(page, site, `late-${name}`), name).toEqual(SENT_AFTER_WINDOW[name]);
			}
		},
		LAX_ALLOWING_UNSAFE_MS + 60_000,
	);
});
