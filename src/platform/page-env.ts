/** What an extension page needs from the browser besides messaging: its tab and its strings. */
import { browser } from "./browser.ts";

export interface PageEnv {
	activeTabId(): Promise<number | undefined>;
	message(key: string, substitutions?: string[]): string;
}

export function createBrowserPageEnv(): PageEnv {
	return {
		async activeTabId() {
			const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
			return tab?.id;
		},
		message: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
	};
}
