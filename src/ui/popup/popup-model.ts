import type { ExportFormat, TabReport, TabSnapshot } from "../../core/tab-report.ts";
import type { MessageKey } from "../common/i18n.ts";
import type { CookieRowActions } from "../cookie/cookie-row-actions.ts";

/** The part of the tab's report the popup's views read. */
export type TabView = Pick<
	TabReport,
	| "url"
	| "storeId"
	| "incognito"
	| "containerName"
	| "site"
	| "sites"
	| "snapshots"
	| "rejected"
	| "signaturesPending"
>;

export type ExportDelivery = "download" | "copy";

/** A snapshot the background listed for the tab (its store, its sites). */
export type SnapshotInfo = TabSnapshot;

/** The outcome of the last action, said in the banner; `undo` offers to restore what it removed. */
export interface Notice {
	tone: "ok" | "error";
	key: MessageKey;
	substitutions: string[];
	/** One line per cookie that failed, with the reason. */
	failures: string[];
	/** A second sentence, when the first cannot tell everything. */
	detail?: { key: MessageKey; substitutions: string[] };
	undo: boolean;
}

/** Everything the popup's views may ask for; a cookie's own components get only `CookieRowActions`. */
export interface PopupActions extends CookieRowActions {
	grantAccess(): void;
	logoutSite(site: string): void;
	clearSite(site: string): void;
	snapshotSite(site: string): void;
	/** One of the snapshots the tab's report lists. */
	restoreSnapshot(snapshotId: string): void;
	undo(): void;
	exportReport(format: ExportFormat, delivery: ExportDelivery): void;
	dismissNotice(): void;
}

export interface PopupStatus {
	busy: boolean;
	notice: Notice | null;
}
