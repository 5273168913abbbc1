/** Every popup action, sent through the background; each ends in a notice and a fresh report. */
import { useMemo, useState } from "preact/hooks";
import { createClient } from "../messaging/client.ts";
import type { Notice, PopupActions, PopupStatus } from "../ui/popup-model.ts";
import { errorNotice, plainNotice, resultNotice } from "./action-notice.ts";
import { copyText, downloadText } from "./page-io.ts";
import { withRoleOverride } from "./role-override.ts";
import { useSnapshots } from "./use-snapshots.ts";

type Base = Pick<PopupActions, "grantAccess">;

export function usePopupActions(tabId: number | undefined, reload: () => void, base: Base) {
	const client = useMemo(() => createClient(), []);
	const [busy, setBusy] = useState(false);
	const [notice, setNotice] = useState<Notice | null>(null);
	const { snapshots, remember } = useSnapshots();
	const run = (work: () => Promise<Notice>, refresh = true) => {
		setBusy(true);
		work()
			.then(setNotice, (error: unknown) => setNotice(errorNotice(error)))
			.finally(() => {
				setBusy(false);
				if (refresh) reload();
			});
	};
	const tab = () => {
		if (tabId === undefined) throw new Error("no tab");
		return tabId;
	};
	const actions: PopupActions = {
		...base,
		clearCookies: (cookies) =>
			run(async () => resultNotice("noticeDeleted", await client("clearCookies", { cookies }), [], true)),
		expireCookies: (cookies, at) =>
			run(async () => {
				const reply = await client("expireCookies", { cookies, at });
				if (at <= Date.now() / 1000) return resultNotice("noticeExpired", reply, [], true);
				return resultNotice("noticeExpiresAt", reply, [new Date(at * 1000).toLocaleString()]);
			}),
		markRole: (cookie, site, role) =>
			run(async () => {
				// The user's own settings: saving the effective ones would copy managed policy into them.
				const { own } = await client("getSettingsView", {});
				await client("setSettings", { settings: withRoleOverride(own, cookie.name, site, role) });
				return plainNotice("noticeRoleMarked", [cookie.name, role, site]);
			}),
		logoutSite: (site) =>
			run(async () =>
				resultNotice("noticeLoggedOut", await client("logoutSite", { tabId: tab(), site }), [site], true),
			),
		clearSite: (site) =>
			run(async () =>
				resultNotice("noticeSiteCleared", await client("clearSite", { tabId: tab(), site }), [site], true),
			),
		snapshotSite: (site) =>
			run(async () => {
				const { snapshotId, count } = await client("snapshotSite", { tabId: tab(), site });
				remember(site, { snapshotId, count, takenAt: Date.now() / 1000 });
				return plainNotice("noticeSnapshot", [site, String(count)]);
			}, false),
		restoreSnapshot: (site) =>
			run(async () => {
				const snapshotId = snapshots[site]?.snapshotId;
				if (snapshotId === undefined) throw new Error(`no snapshot of ${site}`);
				return resultNotice("noticeRestored", await client("restoreSnapshot", { snapshotId }));
			}),
		undo: () => run(async () => resultNotice("noticeUndone", await client("undo", {}))),
		exportReport: (format, delivery) =>
			run(async () => {
				const file = await client("exportReport", { tabId: tab(), format });
				if (delivery === "copy") {
					await copyText(file.text);
					return plainNotice("noticeReportCopied", [format.toUpperCase()]);
				}
				downloadText(file.filename, file.mimeType, file.text);
				return plainNotice("noticeExported", [file.filename]);
			}, false),
		copyText: (text) => run(() => copyText(text).then(() => plainNotice("noticeValueCopied")), false),
		dismissNotice: () => setNotice(null),
	};
	const status: PopupStatus = { busy, notice, snapshots };
	return { actions, status };
}
