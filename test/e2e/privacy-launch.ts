/**
 * The two browsers of the e2e harness (same flags and prefs as harness/chromium.ts and firefox.ts),
 * launched with every request sent through a recording proxy, plus a way to make the extension's
 * background fetch something: the positive control that proves the recording sees the background.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import puppeteer from "puppeteer-core";
import { GECKO_ID } from "../../scripts/manifest-for.ts";
import type { BrowserName, BrowserPage, ExtensionBrowser } from "./harness/browser-page.ts";
import { chromiumArgs, wrapPlaywrightPage } from "./harness/chromium.ts";
import { DIST_CHROME, DIST_FIREFOX, requireBuild } from "./harness/dist-paths.ts";
import { executablePath } from "./harness/executables.ts";
import { FIREFOX_EXTENSION_UUID, wrapPuppeteerPage } from "./harness/firefox.ts";

export interface ProxiedBrowser extends ExtensionBrowser {
	/** Runs `fetch(url)` in the extension's background (service worker or event page); never throws. */
	fetchFromBackground(url: string): Promise<void>;
}

export function launchProxied(name: BrowserName, proxyPort: number): Promise<ProxiedBrowser> {
	return name === "chromium" ? launchChromium(proxyPort) : launchFirefox(proxyPort);
}

async function launchChromium(proxyPort: number): Promise<ProxiedBrowser> {
	const extension = requireBuild(DIST_CHROME);
	const profile = await mkdtemp(join(tmpdir(), "session-hygiene-privacy-"));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: executablePath("chromium"),
		headless: true,
		ignoreHTTPSErrors: true,
		args: [
			...chromiumArgs(extension),
			`--proxy-server=http://127.0.0.1:${proxyPort}`,
			// "<-loopback>" removes the implicit loopback bypass: nothing goes around the proxy
			// (https://chromium.googlesource.com/chromium/src/+/HEAD/net/docs/proxy.md#Overriding-the-implicit-bypass-rules).
			"--proxy-bypass-list=<-loopback>",
		],
	});
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
	const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
	const newPage = async (): Promise<BrowserPage> => wrapPlaywrightPage(await context.newPage());
	return {
		name: "chromium",
		extensionOrigin,
		newPage,
		openExtensionPage: async (path) => {
			const page = await newPage();
			await page.goto(`${extensionOrigin}/${path}`);
			return page;
		},
		fetchFromBackground: async (url) => {
			await worker.evaluate(
				(u) =>
					fetch(u).then(
						() => undefined,
						() => undefined,
					),
				url,
			);
		},
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		},
	};
}

async function launchFirefox(proxyPort: number): Promise<ProxiedBrowser> {
	const browser = await puppeteer.launch({
		browser: "firefox",
		executablePath: executablePath("firefox"),
		headless: true,
		acceptInsecureCerts: true,
		args: ["--remote-allow-system-access"],
		// Firefox polls Remote Settings (blocklists and other collections) from its first minute. Release
		// builds honour another server only with this variable set; a data: URL then keeps every poll off
		// the network, so the proxy sees nothing but what pages and the extension ask for.
		env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
		extraPrefsFirefox: {
			"services.settings.server": "data:,#remote-settings-off/v1",
			"extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
			// Manual proxy for every scheme, and for loopback too (MDN/Firefox network.proxy.* prefs).
			"network.proxy.type": 1,
			"network.proxy.http": "127.0.0.1",
			"network.proxy.http_port": proxyPort,
			"network.proxy.ssl": "127.0.0.1",
			"network.proxy.ssl_port": proxyPort,
			"network.proxy.no_proxies_on": "",
			"network.proxy.allow_hijacking_localhost": true,
		},
	});
	await browser.installExtension(requireBuild(DIST_FIREFOX));
	const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
	const newPage = async (): Promise<BrowserPage> => wrapPuppeteerPage(await browser.newPage());
	const openExtensionPage = async (path: string) => {
		const page = await newPage();
		await page.goto(`${extensionOrigin}/${path}`);
		return page;
	};
	return {
		name: "firefox",
		extensionOrigin,
		newPage,
		openExtensionPage,
		fetchFromBackground: async (url) => {
			const page = await openExtensionPage("src/popup/index.html");
			await page.evaluate(async (u) => {
				type Runtime = { runtime: { getBackgroundPage(): Promise<{ fetch: typeof fetch }> } };
				const background = await (
					globalThis as unknown as { browser: Runtime }
				).browser.runtime.getBackgroundPage();
				await background.fetch(u).catch(() => undefined);
			}, url);
			await page.close();
		},
		close: () => browser.close(),
	};
}
