/** Chromium with the built extension, through playwright-core (recipe in docs/testing.md, "Chromium harness"). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { HOST_RESOLVER_RULES } from "../../../site/fixture-site.ts";
import type { BrowserPage, ExtensionBrowser, LaunchOptions } from "../browser-page.ts";
import { DIST_CHROME, requireBuild } from "./dist-paths.ts";
import { executablePath } from "./executables.ts";
import { allowIncognitoInChromium, openChromiumIncognitoWindow } from "./private-window.ts";
import { armServiceWorkerStop, stopServiceWorker } from "./service-worker-stop.ts";

export function wrapPlaywrightPage(page: Page): BrowserPage {
	return {
		goto: async (url) => {
			await page.goto(url);
		},
		// The generic signatures of Playwright and Puppeteer differ; both run the same serialisable function.
		evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
		waitForSelector: async (selector) => {
			await page.waitForSelector(selector);
		},
		waitForFunction: async (fn, arg) => {
			await page.waitForFunction(fn as never, arg as never);
		},
		click: (selector) => page.click(selector),
		press: (key) => page.keyboard.press(key),
		screenshot: async (path) => {
			await page.screenshot({ path });
		},
		reload: async () => {
			await page.reload();
		},
		close: () => page.close(),
		// biome-ignore lint/performance/useDomNodeTextContent: tests assert on the rendered text a person reads, which innerText is.
		text: (selector = "body") => page.innerText(selector),
	};
}

/**
 * Loads the extension, resolves the fixture hosts to loopback, and keeps Chromium from calling home:
 * without the background-networking switches its connections fail on this closed network (docs/browser-quirks.md, "Chromium calls home unless told not to").
 */
export function chromiumArgs(extension: string): string[] {
	return [
		`--disable-extensions-except=${extension}`,
		`--load-extension=${extension}`,
		"--no-sandbox",
		"--disable-gpu",
		"--disable-quic",
		"--no-first-run",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		`--host-resolver-rules=${HOST_RESOLVER_RULES}`,
		"--ignore-certificate-errors",
	];
}

function proxyArgs(port: number | undefined): string[] {
	if (port === undefined) return [];
	return [
		`--proxy-server=http://127.0.0.1:${port}`,
		// "<-loopback>" removes the implicit loopback bypass: nothing goes around the proxy
		// (https://chromium.googlesource.com/chromium/src/+/HEAD/net/docs/proxy.md#Overriding-the-implicit-bypass-rules).
		"--proxy-bypass-list=<-loopback>",
	];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
	if (options.managedSettings)
		throw new Error(
			"Chromium reads managed settings only from system-wide policy files; see managed-storage.ts",
		);
	const extension = requireBuild(DIST_CHROME);
	const profile = await mkdtemp(join(tmpdir(), "session-hygiene-chromium-"));
	const context: BrowserContext = await chromium.launchPersistentContext(profile, {
		executablePath: executablePath("chromium"),
		headless: options.headless ?? true,
		ignoreHTTPSErrors: true,
		colorScheme: options.colorScheme ?? "light",
		args: [...chromiumArgs(extension), ...proxyArgs(options.proxyPort)],
	});
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
	const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
	if (options.allowPrivateWindows) await allowIncognitoInChromium(context, extensionOrigin);
	const browser: ExtensionBrowser = {
		name: "chromium",
		extensionOrigin,
		newPage: async () => wrapPlaywrightPage(await context.newPage()),
		openExtensionPage: async (path) => {
			const page = await context.newPage();
			await page.goto(`${extensionOrigin}/${path}`);
			return wrapPlaywrightPage(page);
		},
		stopBackground: () => stopServiceWorker(context, extensionOrigin),
		armBackgroundStop: () => armServiceWorkerStop(context, extensionOrigin),
		fetchFromBackground: async (url) => {
			// The worker running now: stopBackground may have replaced the one seen at launch.
			const current = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
			// Runs in the worker: the function is sent as source, so it names nothing from this module.
			await current.evaluate(
				(u) =>
					fetch(u).then(
						() => undefined,
						() => undefined,
					),
				url,
			);
		},
		openPrivateWindow: () => openChromiumIncognitoWindow(context, browser, wrapPlaywrightPage),
		storageState: () => context.storageState(),
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		},
		closed: new Promise<void>((resolve) => context.once("close", () => resolve())),
	};
	return browser;
}
