/** The popup's actions as functions of a client: each asks the background and resolves to the banner. */

import type { CookieReport, Role } from "../core/report.ts";
import type { ExportFormat } from "../core/tab-report.ts";
import type { Client } from "../messaging/client.ts";
import type { ExportDelivery, Notice } from "../ui/popup/popup-model.ts";
import { plainNotice, resultNotice } from "./action-notice.ts";
import { copyText, downloadText } from "./page-io.ts";
import { withRoleOverride } from "./role-override.ts";

export interface HandlerDeps {
	client: Client;
	tabId: () => number;
}

export function cookieHandlers({ client }: HandlerDeps) {
	return {
		clearCookies: async (cookies: CookieReport[]) =>
			resultNotice("noticeDeleted", await client("clearCookies", { cookies }), [], true),
		expireCookies: async (cookies: CookieReport[], at: number): Promise<Notice> => {
			const reply = await client("expireCookies", { cookies, at });
			if (at <= Date.now() / 1000) return resultNotice("noticeExpired", reply, [], true);
			return resultNotice("noticeExpiresAt", reply, [new Date(at * 1000).toLocaleString()]);
		},
		markRole: async (cookie: CookieReport, site: string, role: Role) => {
			// The user's own settings: saving the effective ones would copy managed policy into them.
			const { own } = await client("getSettingsView", {});
			await client("setSettings", { settings: withRoleOverride(own, cookie.name, site, role) });
			return plainNotice("noticeRoleMarked", [cookie.name, role, site]);
		},
	};
}

export function siteHandlers({ client, tabId }: HandlerDeps) {
	return {
		logoutSite: async (site: string) =>
			resultNotice("noticeLoggedOut", await client("logoutSite", { tabId: tabId(), site }), [site], true),
		clearSite: async (site: string) =>
			resultNotice("noticeSiteCleared", await client("clearSite", { tabId: tabId(), site }), [site], true),
		// The background keeps the snapshot and lists it in the tab's next report.
		snapshotSite: async (site: string) => {
			const { count } = await client("snapshotSite", { tabId: tabId(), site });
			return plainNotice("noticeSnapshot", [site, String(count)]);
		},
		restoreSnapshot: async (snapshotId: string) =>
			resultNotice("noticeRestored", await client("restoreSnapshot", { snapshotId })),
		undo: async () => resultNotice("noticeUndone", await client("undo", {})),
	};
}

export function outputHandlers({ client, tabId }: HandlerDeps) {
	return {
		exportReport: async (format: ExportFormat, delivery: ExportDelivery) => {
			const file = await client("exportReport", { tabId: tabId(), format });
			if (delivery === "copy") {
				await copyText(file.text);
				return plainNotice("noticeReportCopied", [format.toUpperCase()]);
			}
			downloadText(file.filename, file.mimeType, file.text);
			return plainNotice("noticeExported", [file.filename]);
		},
		copyText: async (text: string) => {
			await copyText(text);
			return plainNotice("noticeValueCopied");
		},
	};
}
