/**
 * The usual setup of an e2e describe block: a fresh fixture site and a browser with the extension, and,
 * when asked for, the extension's API page and a tab to browse in. Both are closed after the block.
 * Fields are filled in `beforeAll`, so read them inside tests and hooks only.
 */
import { afterAll, beforeAll } from "vitest";
import { type FixtureSite, startFixtureSite } from "../../site/fixture-site.ts";
import type { BrowserName, BrowserPage, ExtensionBrowser, LaunchOptions } from "./browser-page.ts";
import { launchBrowser } from "./browsers/browsers.ts";
import { type ExtensionApi, openExtensionApi } from "./extension-api.ts";

export interface World {
	site: FixtureSite;
	browser: ExtensionBrowser;
	api: ExtensionApi;
	page: BrowserPage;
}

export interface WorldOptions {
	launch?: LaunchOptions;
	/** Open the extension's API page (protocol calls, the jar, the badge). */
	api?: boolean;
	/** Open a tab to browse the fixture site in. */
	page?: boolean;
}

export function world(name: BrowserName, options: WorldOptions = {}): World {
	const w = {} as World;
	beforeAll(async () => {
		w.site = await startFixtureSite();
		w.browser = await launchBrowser(name, options.launch);
		if (options.api) w.api = await openExtensionApi(w.browser);
		if (options.page) w.page = await w.browser.newPage();
	});
	afterAll(async () => {
		await w.browser?.close();
		await w.site?.close();
	});
	return w;
}
