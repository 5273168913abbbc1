/** The part of a Playwright or Puppeteer page the scenarios use, so one scenario drives both browsers. */
export interface BrowserPage {
	goto(url: string): Promise<void>;
	evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
	waitForSelector(selector: string): Promise<void>;
	waitForFunction<A>(fn: (arg: A) => boolean, arg: A): Promise<void>;
	click(selector: string): Promise<void>;
	/** Presses a key as the user does (focus moves, Enter activates), e.g. "Tab", "Shift+Tab", "Enter". */
	press(key: string): Promise<void>;
	screenshot(path: string): Promise<void>;
	reload(): Promise<void>;
	close(): Promise<void>;
	/** The page's text, for assertions on what the user sees. */
	text(selector?: string): Promise<string>;
}

export type BrowserName = "chromium" | "firefox";

export interface ExtensionBrowser {
	name: BrowserName;
	/** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
	extensionOrigin: string;
	newPage(): Promise<BrowserPage>;
	/** Opens an extension page (such as `src/popup/index.html?tabId=3`) in a tab of its own. */
	openExtensionPage(path: string): Promise<BrowserPage>;
	/**
	 * Stops the extension's background the way the browser does when it is idle: Chromium terminates the
	 * service worker; Firefox suspends the event page after `backgroundIdleTimeoutMs` (launch option)
	 * without events, so this waits that long and a little more.
	 */
	stopBackground?(): Promise<void>;
	/**
	 * Prepares to stop the extension's background at once, even in the middle of an action, as a browser
	 * may at any moment, and returns that stop: Chromium through CDP as `stopBackground`, Firefox through
	 * the call behind about:debugging's "Terminate Background Script", without its wait for pending
	 * listeners (docs/browser-quirks.md, "Stopping the background from a test"). What is slow happens here, so the stop itself lands within milliseconds.
	 */
	armBackgroundStop?(): Promise<() => Promise<void>>;
	/**
	 * Opens a private window (launch option `allowPrivateWindows`) and returns a view of this browser
	 * whose pages open in it; its `close` closes the window (harness/browsers/private-window.ts).
	 */
	openPrivateWindow?(): Promise<ExtensionBrowser>;
	/**
	 * Runs `fetch(url)` in the extension's background (service worker or event page); never throws. The
	 * privacy test's positive control: proof that its recording proxy would see the background's requests.
	 */
	fetchFromBackground?(url: string): Promise<void>;
	/**
	 * What Playwright's `browserContext.storageState()` saves: Chromium only, as Playwright drives it here
	 * (Firefox runs through Puppeteer's WebDriver BiDi, which has no storage state).
	 */
	storageState?(): Promise<unknown>;
	close(): Promise<void>;
	/** Settles when the browser is gone, closed by the user or by close(). */
	closed?: Promise<void>;
}

export interface LaunchOptions {
	colorScheme?: "light" | "dark";
	/** False for `npm start`, which shows the browser to a person. */
	headless?: boolean;
	/**
	 * Firefox only: `extensions.background.idle.timeout`, after which an idle event page is suspended
	 * (docs/browser-quirks.md, "Idle backgrounds are stopped": about 30 s by default). Lowered only by tests about suspension.
	 */
	backgroundIdleTimeoutMs?: number;
	/** Firefox only: more preferences, such as containers or first-party isolation for one test file. */
	firefoxPrefs?: Record<string, string | number | boolean>;
	/**
	 * Allows the extension in private windows as a user does: Chromium's "Allow in Incognito", Firefox's
	 * "Run in Private Windows". Off by default, as in both browsers.
	 */
	allowPrivateWindows?: boolean;
	/**
	 * Firefox only: settings an administrator pushes (`storage.managed`), through a managed-storage
	 * manifest in a throw-away home (managed-storage.ts). Chromium reads them only from system-wide
	 * policy files, so it refuses this option.
	 */
	managedSettings?: Record<string, unknown>;
	/**
	 * Sends every request of the browser, loopback included, through the proxy at 127.0.0.1 on this port
	 * (the privacy test's recording proxy, test/e2e/privacy/privacy-proxy.ts).
	 */
	proxyPort?: number;
}
