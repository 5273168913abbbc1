/**
 * Issue 7: a cookie without SameSite is stored alike by both browsers (see cross-browser-storage) but
 * enforced differently. Chromium treats it as Lax ("Cookies default to SameSite=Lax", Chrome 80,
 * https://chromestatus.com/feature/5088147346030592), except that for two minutes after it is set it
 * still goes with a cross-site top-level POST (RFC 6265bis "Lax-allowing-unsafe" enforcement mode).
 * Firefox treats it as None (pref network.cookie.sameSite.laxByDefault is false in release builds; MDN
 * Set-Cookie, "SameSite", browser compatibility). The evidence is what the server receives: the
 * fixture site records every request's Cookie header.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { APP_HOST, type FixtureSite, startFixtureSite, WIDGET_HOST } from "../site/fixture-site.ts";
import type { BrowserName, BrowserPage, ExtensionBrowser } from "./harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "./harness/browsers.ts";

const COOKIES = [
	"unspecified=1; Secure; Path=/",
	"lax=1; Secure; Path=/; SameSite=Lax",
	"none=1; Secure; Path=/; SameSite=None",
];

/** The cookie names the server received on the first request whose path starts with `path`. */
async function cookiesReceived(site: FixtureSite, path: string): Promise<string[]> {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		const request = site.requests.find((r) => r.path.startsWith(path));
		if (request) return (request.cookie ?? "").split("; ").map((pair) => pair.split("=")[0] ?? "");
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`the server never received ${path}`);
}

/**
 * Past the two-minute window the browsers part: Chromium keeps the unspecified cookie back, Firefox
 * still sends it. Both browsers wait out the window together, so the suite waits two minutes once.
 */
const SENT_AFTER_WINDOW: Record<BrowserName, string[]> = {
	chromium: ["none"],
	firefox: ["none", "unspecified"],
};
const LAX_ALLOWING_UNSAFE_MS = 120_000;

/** Submits a cross-site top-level POST to /echo?via=<via> and returns the cookie names it carried. */
async function crossSitePost(page: BrowserPage, site: FixtureSite, via: string): Promise<string[]> {
	const echo = site.url(APP_HOST, `/echo?via=${via}`);
	await page.goto(site.url(WIDGET_HOST, `/cross-site/post?to=${encodeURIComponent(echo)}`));
	return (await cookiesReceived(site, `/echo?via=${via}`)).sort();
}

describe.each(BROWSERS)("%s enforces an unspecified SameSite as its profile says", (name) => {
	let site: FixtureSite;
	let browser: ExtensionBrowser;
	let page: BrowserPage;

	beforeAll(async () => {
		site = await startFixtureSite();
		browser = await launchBrowser(name);
		page = await browser.newPage();
		const query = COOKIES.map((h) => `h=${encodeURIComponent(h)}`).join("&");
		await page.goto(site.url(APP_HOST, `/set?${query}`));
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	test("a fresh cookie without SameSite goes with a cross-site top-level POST; an explicit Lax one does not", async () => {
		expect(await crossSitePost(page, site, "fresh")).toEqual(["none", "unspecified"]);
	});
});

describe("after the two-minute Lax-allowing-unsafe window", () => {
	let site: FixtureSite;
	const open: { name: BrowserName; browser: ExtensionBrowser; page: BrowserPage }[] = [];

	beforeAll(async () => {
		site = await startFixtureSite();
		const query = COOKIES.map((h) => `h=${encodeURIComponent(h)}`).join("&");
		for (const name of BROWSERS) {
			const browser = await launchBrowser(name);
			const page = await browser.newPage();
			await page.goto(site.url(APP_HOST, `/set?${query}`));
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
