/**
 * Private windows (Chromium incognito, Firefox private browsing) with the extension allowed in them, the
 * way a user allows it, and a view of the browser whose pages open in that window.
 *
 * - Chromium: an unpacked extension runs in incognito only after the user ticks "Allow in Incognito" on
 *   chrome://extensions; that page calls `chrome.developerPrivate.updateExtensionConfiguration` with
 *   `incognitoAccess`, and Chromium reloads the extension (its service worker restarts). With
 *   `"incognito": "split"` (manifest.json) the incognito profile runs its own service worker and extension
 *   pages, which see only incognito tabs and the incognito cookie store "1"
 *   (https://developer.chrome.com/docs/extensions/reference/manifest/incognito).
 *   CDP's `Target.createTarget` refuses the incognito profile's browserContextId ("Failed to find browser
 *   context with id …": it knows only contexts CDP created), so tabs are opened by the extension's own
 *   `tabs.create` from one of its pages in that window. Playwright lists those pages in the persistent
 *   context (it files targets of unknown browser contexts under the default one).
 * - Firefox: the WebDriver BiDi `webExtension.install` command takes `"moz:allowPrivateBrowsing": true`
 *   (Firefox's remote/webdriver-bidi/modules/root/webExtension.sys.mjs; it grants the add-on the
 *   `internal:privateBrowsingAllowed` permission, as about:addons' "Run in Private Windows" does).
 *   puppeteer-core 24's `installExtension(path)` sends no options, so the harness sends the command itself.
 *   Private-window tabs are BiDi browsing contexts like any other, so puppeteer sees them as pages.
 */
import type { BrowserContext, Page } from "playwright-core";
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage, Target } from "puppeteer-core";
import type { BrowserPage, ExtensionBrowser } from "../browser-page.ts";
import { POPUP_PATH } from "../pages/popup.ts";

type AnyApi = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

/** Chromium: ticks "Allow in Incognito" for the extension and waits for the reload it causes. */
export async function allowIncognitoInChromium(
	context: BrowserContext,
	extensionOrigin: string,
): Promise<void> {
	const worker = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
	if (!worker) throw new Error("allowIncognito needs the extension's running service worker.");
	const reloaded = new Promise((resolve) => worker.once("close", resolve));
	const page = await context.newPage();
	await page.goto("chrome://extensions/");
	const access = await page.evaluate(async (id) => {
		const api = (globalThis as unknown as { chrome: AnyApi }).chrome;
		await api.developerPrivate?.updateExtensionConfiguration?.({ extensionId: id, incognitoAccess: true });
		const info = (await api.developerPrivate?.getExtensionInfo?.(id)) as { incognitoAccess?: object };
		return info?.incognitoAccess;
	}, new URL(extensionOrigin).host);
	if (!(access as { isActive?: boolean } | undefined)?.isActive) {
		throw new Error(
			`chrome://extensions did not allow the extension in incognito: ${JSON.stringify(access)}`,
		);
	}
	await reloaded;
	const fresh = () => context.serviceWorkers().some((w) => w.url().startsWith(extensionOrigin));
	if (!fresh()) await context.waitForEvent("serviceworker");
	await page.close();
}

/**
 * Firefox: installs the temporary add-on allowed in private windows (see the file comment). The
 * connection is puppeteer's BiDi connection, which its typings do not expose.
 */
export async function installAllowedInPrivate(browser: PuppeteerBrowser, extension: string): Promise<void> {
	const connection = (browser as unknown as { connection: { send(m: string, p: object): Promise<unknown> } })
		.connection;
	await connection.send("webExtension.install", {
		extensionData: { type: "path", path: extension },
		"moz:allowPrivateBrowsing": true,
	});
}

/**
 * A view of the browser whose `newPage` and `openExtensionPage` open tabs in one private window, and whose
 * `close` closes that window. `control` is an extension page in that window; `nextPage` runs `open` and
 * returns the page it opened.
 */
function privateView(
	normal: ExtensionBrowser,
	control: BrowserPage,
	nextPage: (open: () => Promise<unknown>) => Promise<BrowserPage>,
): ExtensionBrowser {
	const newPage = () =>
		nextPage(() =>
			control.evaluate(async () => {
				const g = globalThis as unknown as { browser?: AnyApi; chrome: AnyApi };
				const api = g.browser ?? g.chrome;
				const current = (await api.windows?.getCurrent?.()) as { id: number };
				// The control page's own window is the private one.
				await api.tabs?.create?.({ url: "about:blank", windowId: current.id });
			}, undefined),
		);
	return {
		name: normal.name,
		extensionOrigin: normal.extensionOrigin,
		newPage,
		openExtensionPage: async (path) => {
			const page = await newPage();
			await page.goto(`${normal.extensionOrigin}/${path}`);
			return page;
		},
		close: () =>
			control.evaluate(async () => {
				const g = globalThis as unknown as { browser?: AnyApi; chrome: AnyApi };
				const api = g.browser ?? g.chrome;
				const current = (await api.windows?.getCurrent?.()) as { id: number };
				await api.windows?.remove?.(current.id);
			}, undefined),
	};
}

/**
 * Chromium: the extension opens an incognito window (`windows.create` needs no permission; in split mode
 * the regular profile's call gets no window back), and its first tab becomes the control page.
 */
export async function openChromiumIncognitoWindow(
	context: BrowserContext,
	normal: ExtensionBrowser,
	wrap: (page: Page) => BrowserPage,
): Promise<ExtensionBrowser> {
	const opener = await normal.openExtensionPage(POPUP_PATH);
	const [first] = await Promise.all([
		context.waitForEvent("page"),
		opener.evaluate(async () => {
			const api = (globalThis as unknown as { chrome: AnyApi }).chrome;
			await api.windows?.create?.({ incognito: true, url: "about:blank" });
		}, undefined),
	]);
	await opener.close();
	const control = wrap(first);
	await control.goto(`${normal.extensionOrigin}/${POPUP_PATH}`);
	const incognito = await control.evaluate(
		() =>
			(globalThis as unknown as { chrome: { extension: { inIncognitoContext: boolean } } }).chrome.extension
				.inIncognitoContext,
		undefined,
	);
	if (!incognito) throw new Error("the window Chromium opened is not an incognito window");
	return privateView(normal, control, async (open) => {
		const [page] = await Promise.all([context.waitForEvent("page"), open()]);
		return wrap(page);
	});
}

/** Firefox: the extension opens a private window on one of its pages, which becomes the control page. */
export async function openFirefoxPrivateWindow(
	browser: PuppeteerBrowser,
	normal: ExtensionBrowser,
	wrap: (page: PuppeteerPage) => BrowserPage,
): Promise<ExtensionBrowser> {
	const nextPage = async (open: () => Promise<unknown>): Promise<BrowserPage> => {
		const known = new Set<Target>(browser.targets());
		const [target] = await Promise.all([
			browser.waitForTarget((t) => t.type() === "page" && !known.has(t)),
			open(),
		]);
		const page = await target.page();
		if (!page) throw new Error("the private window's new tab has no page");
		return wrap(page);
	};
	const opener = await normal.openExtensionPage(POPUP_PATH);
	const url = `${normal.extensionOrigin}/${POPUP_PATH}`;
	const control = await nextPage(() =>
		opener.evaluate(async (u) => {
			const api = (globalThis as unknown as { browser: AnyApi }).browser;
			await api.windows?.create?.({ incognito: true, url: u });
		}, url),
	);
	// BiDi's browsingContext.create (puppeteer's newPage) opens its tab in the most recently focused
	// window (Firefox's remote/webdriver-bidi/modules/root/browsingContext.sys.mjs), which is now the
	// private one: focus the normal window again so that the normal browser's pages stay normal.
	await opener.evaluate(async () => {
		const api = (globalThis as unknown as { browser: AnyApi }).browser;
		const current = (await api.windows?.getCurrent?.()) as { id: number };
		await api.windows?.update?.(current.id, { focused: true });
	}, undefined);
	await opener.close();
	await control.waitForFunction((u) => location.href === u && document.readyState === "complete", url);
	const incognito = await control.evaluate(
		() =>
			(globalThis as unknown as { browser: { extension: { inIncognitoContext: boolean } } }).browser.extension
				.inIncognitoContext,
		undefined,
	);
	if (!incognito) throw new Error("the window Firefox opened is not a private window");
	return privateView(normal, control, nextPage);
}
