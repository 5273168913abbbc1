/** Everything the background's modules use from the browser, as ports (real in index.ts, fakes in tests). */
import type { BadgePort } from "../platform/badge-port.ts";
import type { Message } from "../platform/i18n-port.ts";
import type { StoragePort } from "../platform/storage-port.ts";
import type { ReportSettings } from "./stores/settings-store.ts";
import type { TabReportDeps } from "./tab-reports/inspect-tab.ts";

export interface BackgroundDeps extends TabReportDeps {
	/** `storage.session`: the sites of each tab, pending refreshes, snapshots and the undo record. */
	session: StoragePort;
	/** `storage.sync`: the user's settings. */
	sync: StoragePort;
	/** `storage.managed`: an administrator's settings, read-only. */
	managed: () => Promise<unknown>;
	/**
	 * The settings of a tab's report and badge, which do not wait on `storage.managed`: `settings()` does
	 * (every action, export and settings message uses it), this one uses the policy as last read.
	 */
	reportSettings: () => Promise<ReportSettings>;
	badge: BadgePort;
	/** Localised strings (the toolbar title). */
	message: Message;
	/** Forgets what the observation kept of who wrote the site's cookies (clearSite). */
	forgetObservedSite: (site: string) => Promise<void>;
	/** The extension's version, for exported reports. */
	version: string;
}
