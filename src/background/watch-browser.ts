/** Wires the browser's events to the refresh scheduler. Every call registers synchronously. */
import { siteOf } from "../core/site/site-key.ts";
import type { BackgroundDeps } from "./deps.ts";
import { forgetTab } from "./stores/tab-state-store.ts";
import type { RefreshScheduler } from "./tab-reports/refresh-scheduler.ts";

export function watchBrowser(deps: BackgroundDeps, scheduler: RefreshScheduler): void {
	deps.cookies.onChanged(({ cookie }) => scheduler.cookieChanged(siteOf(cookie.domain)));
	// Negative tab ids are documents outside any tab (prerendering, background pages).
	deps.tabs.onNavigated((tabId) => tabId >= 0 && scheduler.tabChanged(tabId));
	deps.tabs.onActivated((tabId) => scheduler.tabChanged(tabId));
	deps.tabs.onRemoved((tabId) => void forgetTab(deps.session, tabId));
}
