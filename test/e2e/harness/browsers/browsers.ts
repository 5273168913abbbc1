/** The browsers every e2e scenario runs in: one shared description, two real browsers. */
import type { BrowserName, ExtensionBrowser, LaunchOptions } from "../browser-page.ts";
import { launchChromium } from "./chromium.ts";
import { launchFirefox } from "./firefox.ts";

export const BROWSERS: readonly BrowserName[] = ["chromium", "firefox"];

export function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
	return name === "chromium" ? launchChromium(options) : launchFirefox(options);
}
