/**
 * The popup's actions as functions of a client: each asks the background and resolves to the banner, and
 * says whether it changes what the report shows (the jar, or the settings it is audited with), so that
 * the popup asks for a fresh report afterwards.
 */

import type { CookieReport, Role } from "../core/report.ts";
import type { ExportFormat } from "../core/tab-report.ts";
import type { Client } from "../messaging/client.ts";
import type { ExportDelivery, Notice, PopupActions } from "../ui/popup/popup-model.ts";
import { plainNotice, resultNotice } from "./action-notice.ts";
import { copyText, downloadText } from "./page-io.ts";
import { withRoleOverride } from "./role-override.ts";

export interface HandlerDeps {
	client: Client;
	tabId: () => number;
}

/** The actions that ask the background; granting access and dismissing the banner stay in the page. */
export type HandledAction = Exclude<keyof PopupActions, "grantAccess" | "dismissNotice" | "detailsOf">;

export interface ActionHandler<A extends unknown[]> {
	run: (...args: A) => Promise<Notice>;
	/** True when the report is stale afterwards: the jar, or a setting it is audited with, changed. */
	changesReport: boolean;
}

export type ActionHandlers = { [K in HandledAction]: ActionHandler<Parameters<PopupActions[K]>> };

export function cookieHandlers({
	client,
}: HandlerDeps): Pick<ActionHandlers, "clearCookies" | "expireCookies" | "markRole"> {
	return {
		clearCookies: {
			changesReport: true,
			run: async (cookies: CookieReport[]) =>
				resultNotice("noticeDeleted", await client("clearCookies", { cookies }), [], true),
		},
		expireCookies: {
			changesReport: true,
			run: async (cookies: CookieReport[], at: number) => {
				const reply = await client("expireCookies", { cookies, at });
				if (at <= Date.now() / 1000) return resultNotice("noticeExpired", reply, [], true);
				return resultNotice("noticeExpiresAt", reply, [new Date(at * 1000).toLocaleString()]);
			},
		},
		markRole: {
			// A role override changes the audit, not the jar: the report must still be asked for again.
			changesReport: true,
			run: async (cookie: CookieReport, site: string, role: Role) => {
				// The user's own settings: saving the effective ones would copy managed policy into them.
				const { own } = await client("getSettingsView", {});
				await client("setSettings", { settings: withRoleOverride(own, cookie.name, site, role) });
				return plainNotice("noticeRoleMarked", [cookie.name, role, site]);
			},
		},
	};
}

export function siteHandlers({
	client,
	tabId,
}: HandlerDeps): Pick<
	ActionHandlers,
	"logoutSite" | "clearSite" | "snapshotSite" | "restoreSnapshot" | "undo"
> {
	return {
		logoutSite: {
			changesReport: true,
			run: async (site: string) =>
				resultNotice("noticeLoggedOut", await client("logoutSite", { tabId: tabId(), site }), [site], true),
		},
		clearSite: {
			changesReport: true,
			run: async (site: string) =>
				resultNotice("noticeSiteCleared", await client("clearSite", { tabId: tabId(), site }), [site], true),
		},
		// The background keeps the snapshot and lists it in the tab's next report.
		snapshotSite: {
			changesReport: true,
			run: async (site: string) => {
				const { count } = await client("snapshotSite", { tabId: tabId(), site });
				return plainNotice("noticeSnapshot", [site, String(count)]);
			},
		},
		restoreSnapshot: {
			changesReport: true,
			run: async (snapshotId: string) =>
				resultNotice("noticeRestored", await client("restoreSnapshot", { snapshotId })),
		},
		undo: { changesReport: true, run: async () => resultNotice("noticeUndone", await client("undo", {})) },
	};
}

export function outputHandlers({
	client,
	tabId,
}: HandlerDeps): Pick<ActionHandlers, "exportReport" | "copyText"> {
	return {
		exportReport: {
			changesReport: false,
			run: async (format: ExportFormat, delivery: ExportDelivery) => {
				const file = await client("exportReport", { tabId: tabId(), format });
				if (delivery === "copy") {
					await copyText(file.text);
					return plainNotice("noticeReportCopied", [format.toUpperCase()]);
				}
				downloadText(file.filename, file.mimeType, file.text);
				return plainNotice("noticeExported", [file.filename]);
			},
		},
		copyText: {
			changesReport: false,
			run: async (text: string) => {
				await copyText(text);
				return plainNotice("noticeValueCopied");
			},
		},
	};
}
