import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { APP_HOST, type FixtureSite, startFixtureSite } from "../../site/fixture-site.ts";
import type { BrowserPage, ExtensionBrowser } from "../harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "../harness/browsers/browsers.ts";
import { pngSize } from "../harness/pages/png-crop.ts";
import { expandAll, openPopupFor } from "../harness/pages/popup.ts";
import { expandCookie } from "../harness/pages/popup-actions.ts";
import { axeViolations, SCREENSHOTS_ENV, screenshotPopup } from "../harness/pages/popup-look.ts";

const THEMES = ["light", "dark"] as const;
const CASES = BROWSERS.flatMap((name) => THEMES.map((theme) => [name, theme] as const));
/**
 * Screenshots go to a throw-away folder: no test writes into tracked files. `npm run screenshots` points
 * SCREENSHOTS_ENV at docs/screenshots to refresh the README's pictures.
 */
const target = process.env[SCREENSHOTS_ENV];
const shots = target ?? mkdtempSync(join(tmpdir(), "session-hygiene-screenshots-"));
afterAll(() => {
	if (target === undefined) rmSync(shots, { recursive: true, force: true });
});

describe.each(CASES)("%s, %s theme: the popup's look and accessibility", (name, theme) => {
	let site: FixtureSite;
	let browser: ExtensionBrowser;
	let popup: BrowserPage;

	beforeAll(async () => {
		site = await startFixtureSite();
		browser = await launchBrowser(name, { colorScheme: theme });
		const page = await browser.newPage();
		await page.goto(site.url(APP_HOST, "/login?user=alice"));
		await page.goto(site.url(APP_HOST, "/set/spread"));
		// A known cookie's platform line and a guessed role's question, looked at in both themes too.
		await page.goto(site.url(APP_HOST, "/set/roles"));
		popup = await openPopupFor(browser, site.url(APP_HOST, "/set/roles"));
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	test("follows the system theme", async () => {
		const seen = await popup.evaluate(
			() => ({
				dark: matchMedia("(prefers-color-scheme: dark)").matches,
				background: getComputedStyle(document.body).backgroundColor,
			}),
			undefined,
		);
		expect(seen.dark).toBe(theme === "dark");
		expect(seen.background).toBe(theme === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
	});

	test("screenshots the first screen and a cookie's details at the popup's size", async () => {
		const suffix = name === "chromium" ? theme : `${theme}-firefox`;
		const first = join(shots, `popup-${suffix}.png`);
		await screenshotPopup(popup, first);
		await expandCookie(popup, "sessionid");
		await popup.evaluate(
			() => document.querySelector("li[data-cookie=sessionid]")?.scrollIntoView(),
			undefined,
		);
		const details = join(shots, `popup-details-${suffix}.png`);
		await screenshotPopup(popup, details);
		// The popup's box: 460 px wide (popup.css); the signed-in page's list is longer than a real popup's
		// 600 px, so the shot stops there.
		for (const file of [first, details]) {
			expect(pngSize(readFileSync(file)), file).toEqual({ width: 460, height: 600 });
		}
	});

	test("has no serious or critical axe-core violations, every section and a details view open", async () => {
		await expandAll(popup);
		await expandCookie(popup, "__Host-session");
		// A known cookie's details too: its platform line and description.
		await expandCookie(popup, "_ga");
		await popup.waitForSelector('li[data-cookie="_ga"] [data-known-description]');
		await popup.waitForSelector('li[data-cookie="zq7"] [data-role-question]');
		const violations = await axeViolations(popup);
		const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
		console.log(
			`${name} ${theme}: axe violations`,
			violations.map((v) => `${v.impact} ${v.id}`).join(", ") || "none",
		);
		expect(blocking).toEqual([]);
	});
});
