import { afterAll, beforeAll, describe } from "vitest";
import { cookiePortContract } from "../../src/platform/testing/cookie-port-contract.ts";
import type { ExtensionBrowser } from "./harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "./harness/browsers.ts";
import { type ExtensionApi, openExtensionApi } from "./harness/extension-api.ts";

/** The contract the in-memory fake keeps (src/platform/fake-cookie-port.test.ts), in the real browsers. */
describe.each(BROWSERS)("%s: the real cookie mapping keeps the cookie-port contract", (name) => {
	let browser: ExtensionBrowser;
	let api: ExtensionApi;

	beforeAll(async () => {
		browser = await launchBrowser(name);
		api = await openExtensionApi(browser);
	});
	afterAll(async () => {
		await browser?.close();
	});

	cookiePortContract(() => api.cookies);
});
