/**
 * What the background tells the extension's pages about a tab and about an action: the tab's view model
 * (the reply of `getTabReport`) and the per-cookie outcome of every action. Contracts of the message API
 * (docs/protocol.md), here in core so that the pages' presentational components may use them too.
 */
import type { TimelineWriter } from "./observe/timeline.ts";
import type { CookieReport, Finding, KnownAsReport, RejectedCookie, SiteReport } from "./report.ts";

export interface TabReport {
	tabId: number;
	url: string;
	storeId: string;
	/** "missing" when the user has withheld host access to the tab's site. */
	access: "granted" | "missing";
	/** False for pages whose cookies no extension may read (chrome://, about:, file:, extension pages). */
	inspectable: boolean;
	incognito: boolean;
	/** The Firefox container's name, when the tab is in one. */
	containerName?: string;
	/**
	 * The tab's own site: the registrable domain of its page (localhost and IP hosts as they are), what
	 * the popup's site actions and snapshots are about. Empty for pages that are not inspectable, which
	 * have no site.
	 */
	site: string;
	/** The tab's own site first, if it has cookies, then the sites of its frames. */
	sites: SiteReport[];
	/**
	 * The Set-Cookie headers of the tab's sites that the browser refused, from the responses the
	 * background observed (webRequest), oldest first, each header once; values masked
	 * (docs/protocol.md, getTabReport). Absent when the tab could not be inspected.
	 */
	rejected?: RejectedCookie[];
	/**
	 * Snapshots the tab may restore: those taken in the tab's own cookie store of the tab's site or of
	 * one of its frames' sites, oldest first. Another store's snapshot of the same site is never listed.
	 */
	snapshots: TabSnapshot[];
	/**
	 * An action the browser stopped half-way, which the background finished when it started again;
	 * told once, by the first report after it (docs/protocol.md, getTabReport).
	 */
	interruption?: InterruptionNotice;
	/**
	 * The administrator's policy was still being read, so this report has the user's settings alone;
	 * `getSettings` settles once the policy is in, and the next report has it (docs/protocol.md, getTabReport).
	 */
	policyPending?: true;
	/**
	 * Some cookie's signature is still being checked against the publicly known secrets
	 * (`forgeable-session`); `whenSignaturesChecked` settles when it is done, and the next report has the
	 * verdicts (docs/protocol.md, getTabReport).
	 */
	signaturesPending?: true;
}

/** The actions that change the jar, as the popup names them. */
export type JarAction =
	| "clearCookies"
	| "expireCookies"
	| "logoutSite"
	| "clearSite"
	| "logoutSites"
	| "clearOldSessions"
	| "restoreSnapshot"
	| "undo";

/** What the popup tells of an interrupted action. */
export interface InterruptionNotice {
	action: JarAction;
	/** The site of a site action. */
	site?: string;
	/** How many cookies the action was about. */
	total: number;
	/** How many were done when the background stopped; it did the rest when it started again. */
	doneBeforeStop: number;
	/** Whether Undo puts back what the action removed (its undo record is the last one). */
	undoable: boolean;
	/**
	 * Cookies the finished action could not leave as it meant to (the browser refused the change), read
	 * back from the jar; 0 when it did all the rest.
	 */
	failed: number;
}

/** A snapshot kept in the background's `storage.session`, without its cookies. */
export interface TabSnapshot {
	snapshotId: string;
	site: string;
	storeId: string;
	/** How many session and CSRF cookies it holds. */
	count: number;
	/** Epoch seconds. */
	takenAt: number;
}

export type ActionStatus = "removed" | "changed" | "restored" | "failed";

/** What an action did to one cookie, verified by reading the jar back. */
export interface ActionResult {
	cookie: CookieReport;
	status: ActionStatus;
	/** Why it failed, in plain words. */
	reason?: string;
}

export interface ActionReply {
	results: ActionResult[];
}

export type ExportFormat = "json" | "markdown" | "sarif";

/** One event of a cookie's observed history: who set, changed or removed it, and when. */
export interface CookieHistoryEvent {
	kind: "set" | "changed" | "removed";
	/** A response (method, URL path, status), a page script, or the browser (expiry, eviction). */
	by: TimelineWriter;
	/** Epoch milliseconds. */
	timeMs: number;
}

/** A cookie's details as `getCookieFindings` gives them. */
export interface CookieFindings {
	findings: Finding[];
	/**
	 * What the background observed of the cookie (the last events it kept of the site), oldest first;
	 * empty when it saw none (docs/protocol.md, "Observed responses").
	 */
	history: CookieHistoryEvent[];
	/** What known-cookie data says of it, with the description a brief report leaves out. */
	knownAs?: KnownAsReport;
}
