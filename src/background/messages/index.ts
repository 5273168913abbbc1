/** Every message of the Protocol, each bound to its handler (one handler per file). */
import type { Handlers } from "../../messaging/protocol.ts";
import type { BackgroundDeps } from "../deps.ts";
import type { RefreshScheduler } from "../tab-reports/refresh-scheduler.ts";
import { refreshTab } from "../tab-reports/refresh-tab.ts";
import { clearCookies } from "./clear-cookies.ts";
import { clearSite } from "./clear-site.ts";
import { expireCookies } from "./expire-cookies.ts";
import { exportReport } from "./export-report.ts";
import { getSettings } from "./get-settings.ts";
import { getSettingsView } from "./get-settings-view.ts";
import { logoutSite } from "./logout-site.ts";
import type { OverviewMessage } from "./overview-handlers.ts";
import { restoreSnapshot } from "./restore-snapshot.ts";
import { setSettings } from "./set-settings.ts";
import { snapshotSite } from "./snapshot-site.ts";
import { undo } from "./undo.ts";

/** The overview's messages are bound by createOverviewHandlers (overview-handlers.ts). */
export function createHandlers(
	deps: BackgroundDeps,
	scheduler: RefreshScheduler,
): Omit<Handlers, OverviewMessage> {
	return {
		getTabReport: ({ tabId, includeValues }) =>
			refreshTab(deps, tabId, { includeValues: includeValues === true }),
		clearCookies: (request) => clearCookies(deps, request),
		expireCookies: (request) => expireCookies(deps, request),
		logoutSite: (request) => logoutSite(deps, request),
		clearSite: (request) => clearSite(deps, request),
		snapshotSite: (request) => snapshotSite(deps, request),
		restoreSnapshot: (request) => restoreSnapshot(deps, request),
		undo: () => undo(deps),
		getSettings: () => getSettings(deps),
		getSettingsView: () => getSettingsView(deps),
		setSettings: (request) => setSettings(deps, scheduler, request),
		exportReport: (request) => exportReport(deps, request),
	};
}
