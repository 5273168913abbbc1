/**
 * The message API between the extension's pages and its background: one map types both the request and
 * the reply of every message. It is a public contract (docs/design.md, "Extension behaviour"; docs/protocol.md).
 * Messages are plain structured-clone data: no classes, Maps or Dates; times in epoch seconds.
 */
import type { CookieReport } from "../core/report.ts";
import type { Settings } from "../core/settings/settings.ts";
import type { SettingsView } from "../core/settings/settings-view.ts";
import type { SignInTestState } from "../core/sign-in/sign-in-test.ts";
import type { SignOutTestState } from "../core/sign-out/sign-out-test.ts";
import type { ActionReply, CookieFindings, ExportFormat, TabReport } from "../core/tab-report.ts";
import type { Overview, OverviewTarget } from "./overview-types.ts";

export interface Protocol {
	/**
	 * `includeValues` puts each cookie's value into the reply, for the popup's reveal, copy and token
	 * analysis; without it values are left out (docs/design.md, "Privacy"). `brief` gives each
	 * finding as a cookie's row shows it, without fix text or the cookie's identity in the message, and
	 * `knownAs` without its description (the popup's first screen); the details ask getCookieFindings.
	 */
	getTabReport: {
		request: { tabId: number; includeValues?: boolean; brief?: boolean };
		response: TabReport;
	};
	/**
	 * One cookie's findings in full, fix texts included, as the tab's report has them now, its history,
	 * and what known-cookie data says of it, description included (a brief report leaves it out).
	 */
	getCookieFindings: {
		request: { tabId: number; cookie: CookieReport };
		response: CookieFindings;
	};
	/** Deletes exactly these cookies (as getTabReport reported them). */
	clearCookies: { request: { cookies: CookieReport[] }; response: ActionReply };
	/** `at` in epoch seconds: at or before now deletes; later rewrites the expiry, nothing else. */
	expireCookies: { request: { cookies: CookieReport[]; at: number }; response: ActionReply };
	/** Every session (and csrf) cookie of the site, across subdomains, partitions and the tab's store. */
	logoutSite: { request: { tabId: number; site: string }; response: ActionReply };
	clearSite: { request: { tabId: number; site: string }; response: ActionReply };
	snapshotSite: { request: { tabId: number; site: string }; response: { snapshotId: string; count: number } };
	restoreSnapshot: { request: { snapshotId: string }; response: ActionReply };
	/**
	 * The sign-in test of a site, in the tab's store (docs/protocol.md, "Sign-ins"): start it, the
	 * user signs in, finish it for what the sign-in did to each cookie; cancel drops a running one.
	 */
	startSignInTest: { request: { tabId: number; site: string }; response: SignInTestState };
	finishSignInTest: { request: { tabId: number; site: string }; response: SignInTestState };
	cancelSignInTest: { request: { tabId: number; site: string }; response: SignInTestState };
	/** The running test, else the last finished one. */
	getSignInTest: { request: { tabId: number; site: string }; response: SignInTestState };
	/**
	 * The sign-out test of a site (docs/protocol.md, "The sign-out test"): start saves its session; the
	 * user signs out; the background restores it and reloads the tab; confirm gives the user's word on
	 * what the page shows, and whether to keep the restored session; cancel puts everything back.
	 */
	startSignOutTest: { request: { tabId: number; site: string }; response: SignOutTestState };
	getSignOutTest: { request: { tabId: number; site: string }; response: SignOutTestState };
	confirmSignOutTest: {
		request: { tabId: number; site: string; signedIn: boolean; keep: boolean };
		response: SignOutTestState;
	};
	cancelSignOutTest: { request: { tabId: number; site: string }; response: SignOutTestState };
	/** Restores what the last clear or logout removed. */
	undo: { request: Record<string, never>; response: ActionReply };
	/** Settles once no signature check (`forgeable-session`) is running: a report said `signaturesPending`. */
	whenSignaturesChecked: { request: Record<string, never>; response: Record<string, never> };
	/** The settings every audit uses: the user's, with an administrator's managed values on top. */
	getSettings: { request: Record<string, never>; response: Settings };
	/** For the options page: the user's own settings, the effective ones, and the keys policy locked. */
	getSettingsView: { request: Record<string, never>; response: SettingsView };
	/** Saves the user's settings, all or nothing (an invalid record is refused naming every problem); replies the effective ones. */
	setSettings: { request: { settings: Settings }; response: Settings };
	/**
	 * The user's own secrets for `forgeable-session`, one a line (an empty text removes them); kept in
	 * `storage.local`, never synced. Replies the count, never a secret.
	 */
	setUserSecrets: { request: { text: string }; response: { count: number } };
	getUserSecrets: { request: Record<string, never>; response: { count: number } };
	/** Every site with cookies in every cookie store, one row each (the all-sessions overview). */
	getOverview: { request: Record<string, never>; response: Overview };
	/** Session and CSRF cookies of each site, in its store, across subdomains and partitions (undoable). */
	logoutSites: { request: { targets: OverviewTarget[] }; response: ActionReply };
	/** Session cookies first seen more than `olderThanDays` ago, of these sites or of all (undoable). */
	clearOldSessions: {
		request: { olderThanDays: number; targets?: OverviewTarget[] };
		response: ActionReply;
	};
	/** The tab's report as a file's text (values left out). */
	exportReport: {
		request: { tabId: number; format: ExportFormat };
		response: { filename: string; mimeType: string; text: string };
	};
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = { type: K } & Protocol[K]["request"];
export type ResponseOf<K extends MessageType> = Protocol[K]["response"];
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handlers = { [K in MessageType]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };
