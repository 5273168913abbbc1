/** Chromium with the built extension, through playwright-core (recipe in ../shared/toolchain.md). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { HOST_RESOLVER_RULES } from "../../site/fixture-site.ts";
import type { BrowserPage, ExtensionBrowser, LaunchOptions } from "./browser-page.ts";
import { DIST_CHROME, requireBuild } from "./dist-paths.ts";
import { executablePath } from "./executables.ts";

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

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
	const extension = requireBuild(DIST_CHROME);
	const profile = await mkdtemp(join(tmpdir(), "session-hygiene-chromium-"));
	const context: BrowserContext = await chromium.launchPersistentContext(profile, {
		executablePath: executablePath("chromium"),
		headless: options.headless ?? true,
		ignoreHTTPSErrors: true,
		colorScheme: options.colorScheme ?? "light",
		args: [
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
		],
	});
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
	const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
	return {
		name: "chromium",
		extensionOrigin,
		newPage: async () => wrapPlaywrightPage(await context.newPage()),
		openExtensionPage: async (path) => {
			const page = await context.newPage();
			await page.goto(`${extensionOrigin}/${path}`);
			return wrapPlaywrightPage(page);
		},
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		},
	};
}
