/**
 * Background entry (Chrome service worker, Firefox event page). Every listener is registered at the top
 * level, before any await, so a background woken by an event finds its listener
 * (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events).
 */
import { DEFAULT_SETTINGS } from "../core/settings.ts";
import { serveProtocol } from "../messaging/server.ts";
import { createBrowserCookiePort } from "../platform/browser-cookie-port.ts";
import { createBrowserTabPort } from "../platform/browser-tab-port.ts";
import { createBrowserPermissionPort } from "../platform/permission-port.ts";
import { createBrowserRuntimePort } from "../platform/runtime-port.ts";
import { getTabReport, type TabReportDeps } from "./get-tab-report.ts";

const deps: TabReportDeps = {
	cookies: createBrowserCookiePort(),
	tabs: createBrowserTabPort(),
	permissions: createBrowserPermissionPort(),
	settings: async () => DEFAULT_SETTINGS,
	now: () => Date.now() / 1000,
};

serveProtocol(createBrowserRuntimePort(), {
	getTabReport: ({ tabId }) => getTabReport(deps, tabId),
});
