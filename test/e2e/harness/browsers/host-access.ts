/**
 * Withholding and granting host access the way a user does it, in each browser:
 * - Chromium: chrome://extensions "Site access: On click" / "On specific sites", whose page calls
 *   `chrome.developerPrivate` (required host permissions cannot be removed by `permissions.remove`).
 * - Firefox: MV3 host permissions are revocable by the user in about:addons ("Access your data for all
 *   websites"); removing the declared pattern does the same (removing a narrower one changes nothing).
 */
import type { ExtensionBrowser } from "../browser-page.ts";

const DECLARED_HOST_PERMISSIONS = ["http://*/*", "https://*/*"];

type AnyApi = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

export async function withholdHostAccess(browser: ExtensionBrowser): Promise<void> {
	if (browser.name === "chromium") {
		const page = await browser.newPage();
		await page.goto("chrome://extensions/");
		await page.evaluate(async (id) => {
			const api = (globalThis as unknown as { chrome: AnyApi }).chrome;
			await api.developerPrivate?.updateExtensionConfiguration?.({ extensionId: id, hostAccess: "ON_CLICK" });
		}, new URL(browser.extensionOrigin).host);
		await page.close();
		return;
	}
	const page = await browser.openExtensionPage("src/popup/index.html");
	await page.evaluate(async (origins) => {
		const api = (globalThis as unknown as { browser: AnyApi }).browser;
		await api.permissions?.remove?.({ origins });
	}, DECLARED_HOST_PERMISSIONS);
	await page.close();
}

/** Chromium only: the user allows the site on chrome://extensions ("On specific sites"). */
export async function grantHostAccessInSettings(browser: ExtensionBrowser, pattern: string): Promise<void> {
	const page = await browser.newPage();
	await page.goto("chrome://extensions/");
	await page.evaluate(
		async ([id, host]) => {
			const api = (globalThis as unknown as { chrome: AnyApi }).chrome;
			await api.developerPrivate?.addHostPermission?.(id, host);
		},
		[new URL(browser.extensionOrigin).host, pattern] as const,
	);
	await page.close();
}
