/** Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi (docs/testing.md, "Firefox harness"). */
import puppeteer, { type KeyInput, type Page } from "puppeteer-core";
import { GECKO_ID } from "../../../../scripts/manifest-for.ts";
import { FIREFOX_LOCAL_DOMAINS } from "../../../site/fixture-site.ts";
import type { BrowserPage, ExtensionBrowser, LaunchOptions } from "../browser-page.ts";
import { DIST_FIREFOX, requireBuild } from "./dist-paths.ts";
import { executablePath } from "./executables.ts";
import { managedStorageHome } from "./managed-storage.ts";
import { installAllowedInPrivate, openFirefoxPrivateWindow } from "./private-window.ts";
import { armEventPageStop } from "./terminate-event-page.ts";

/** Pinned through `extensions.webextensions.uuids`, so the moz-extension:// origin is known up front. */
export const FIREFOX_EXTENSION_UUID = "5e55104e-4b1d-4c6e-9a1e-5e55104e0001";

/**
 * Polls location and readyState. A poll that lands while the old document is being replaced fails with a
 * protocol error, which only means "not yet" (puppeteer's waitForFunction gives up on it instead).
 */
async function waitUntilLoaded(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => "");
		if (state === `complete ${url}`) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`Timed out waiting for ${url} to load in Firefox.`);
}

export function wrapPuppeteerPage(page: Page): BrowserPage {
	return {
		goto: async (url) => {
			if (url.startsWith("moz-extension:")) {
				// page.goto() to a moz-extension URL never resolves although the page loads (docs/browser-quirks.md, "Puppeteer's page.goto to a moz-extension URL never resolves"):
				// start it, then wait on location.href.
				page.goto(url).catch(() => undefined);
				await waitUntilLoaded(page, url);
				return;
			}
			await page.goto(url);
		},
		// The generic signatures of Playwright and Puppeteer differ; both run the same serialisable function.
		evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
		waitForSelector: async (selector) => {
			await page.waitForSelector(selector);
		},
		waitForFunction: async (fn, arg) => {
			await page.waitForFunction(fn as never, {}, arg as never);
		},
		click: (selector) => page.click(selector),
		press: async (key) => {
			// Puppeteer presses a chord as separate keys: hold the modifiers, press the key, release them.
			const keys = key.split("+") as KeyInput[];
			const main = keys.pop() as KeyInput;
			for (const k of keys) await page.keyboard.down(k);
			await page.keyboard.press(main);
			for (const k of keys.reverse()) await page.keyboard.up(k);
		},
		screenshot: async (path) => {
			await page.screenshot({ path: path as `${string}.png` });
		},
		reload: async () => {
			await page.reload();
		},
		close: () => page.close(),
		// biome-ignore lint/performance/useDomNodeTextContent: tests assert on the rendered text a person reads, which innerText is.
		text: (selector = "body") => page.$eval(selector, (el) => (el as HTMLElement).innerText),
	};
}

/** Manual proxy for every scheme, and for loopback too (Firefox network.proxy.* prefs). */
function proxyPrefs(port: number | undefined): Record<string, string | number | boolean> {
	if (port === undefined) return {};
	return {
		"network.proxy.type": 1,
		"network.proxy.http": "127.0.0.1",
		"network.proxy.http_port": port,
		"network.proxy.ssl": "127.0.0.1",
		"network.proxy.ssl_port": port,
		"network.proxy.no_proxies_on": "",
		"network.proxy.allow_hijacking_localhost": true,
	};
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
	const extension = requireBuild(DIST_FIREFOX);
	const home = options.managedSettings ? await managedStorageHome(options.managedSettings) : undefined;
	const browser = await puppeteer.launch({
		browser: "firefox",
		executablePath: executablePath("firefox"),
		headless: options.headless ?? true,
		acceptInsecureCerts: true,
		args: ["--remote-allow-system-access"],
		// Firefox polls Remote Settings (blocklists and other collections) from its first minute. Release
		// builds honour another server only with this variable set; a data: URL then keeps every poll off
		// the network (the privacy test counts every request the browser makes).
		env: { ...(home?.env ?? process.env), MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
		extraPrefsFirefox: {
			"services.settings.server": "data:,#remote-settings-off/v1",
			...proxyPrefs(options.proxyPort),
			"extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
			"network.dns.localDomains": FIREFOX_LOCAL_DOMAINS,
			// Grants permissions.request() without a doorhanger, standing in for the user's click on "Allow".
			"extensions.webextOptionalPermissionPrompts": false,
			"ui.systemUsesDarkTheme": options.colorScheme === "dark" ? 1 : 0,
			...(options.backgroundIdleTimeoutMs === undefined
				? {}
				: { "extensions.background.idle.timeout": options.backgroundIdleTimeoutMs }),
			...options.firefoxPrefs,
		},
	});
	if (options.allowPrivateWindows) await installAllowedInPrivate(browser, extension);
	else await browser.installExtension(extension);
	const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
	const newPage = async () => wrapPuppeteerPage(await browser.newPage());
	const firefox: ExtensionBrowser = {
		name: "firefox",
		extensionOrigin,
		newPage,
		openExtensionPage: async (path) => {
			const page = await newPage();
			await page.goto(`${extensionOrigin}/${path}`);
			return page;
		},
		// As the browser does it: the event page is suspended once it has been idle for the timeout. The
		// margin covers the background's own work still finishing when the wait starts (a report, a save).
		stopBackground: () =>
			new Promise((resolve) => setTimeout(resolve, (options.backgroundIdleTimeoutMs ?? 30_000) + 3_500)),
		armBackgroundStop: () => armEventPageStop(browser, GECKO_ID),
		openPrivateWindow: () => openFirefoxPrivateWindow(browser, firefox, wrapPuppeteerPage),
		fetchFromBackground: async (url) => {
			const page = await firefox.openExtensionPage("src/popup/index.html");
			await page.evaluate(async (u) => {
				type Runtime = { runtime: { getBackgroundPage(): Promise<{ fetch: typeof fetch }> } };
				const { runtime } = (globalThis as unknown as { browser: Runtime }).browser;
				await (await runtime.getBackgroundPage()).fetch(u).catch(() => undefined);
			}, url);
			await page.close();
		},
		close: async () => {
			await browser.close();
			await home?.remove();
		},
		closed: new Promise<void>((resolve) => browser.once("disconnected", () => resolve())),
	};
	return firefox;
}
