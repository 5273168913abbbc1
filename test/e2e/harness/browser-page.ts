/** The part of a Playwright or Puppeteer page the scenarios use, so one scenario drives both browsers. */
export interface BrowserPage {
	goto(url: string): Promise<void>;
	evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
	waitForSelector(selector: string): Promise<void>;
	waitForFunction<A>(fn: (arg: A) => boolean, arg: A): Promise<void>;
	click(selector: string): Promise<void>;
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
	close(): Promise<void>;
}

export interface LaunchOptions {
	colorScheme?: "light" | "dark";
	/** False for `npm start`, which shows the browser to a person. */
	headless?: boolean;
}
