/** Recomputes one tab's report, keeps it in `storage.session` and shows its badge. */
import type { TabReport } from "../messaging/protocol.ts";
import { badgeFor } from "./badge-state.ts";
import type { BackgroundDeps } from "./deps.ts";
import { inspectTab } from "./get-tab-report.ts";
import { forgetTab, saveTabState } from "./tab-state-store.ts";

export async function refreshTab(deps: BackgroundDeps, tabId: number): Promise<TabReport> {
	const { report, frameSites } = await inspectTab(deps, tabId);
	const settings = await deps.settings();
	await saveTabState(deps.session, { report, frameSites, updatedAt: deps.now() });
	await deps.badge.show(tabId, badgeFor(report, settings.badge));
	return report;
}

/** For background refreshes: a tab that closed meanwhile is forgotten instead of failing. */
export async function refreshTabQuietly(deps: BackgroundDeps, tabId: number): Promise<void> {
	try {
		await refreshTab(deps, tabId);
	} catch {
		await forgetTab(deps.session, tabId);
	}
}
