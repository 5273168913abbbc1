/** Recomputes one tab's report, remembers the sites it shows in `storage.session` and shows its badge. */
import type { BackgroundDeps } from "../deps.ts";
import { forgetTab, saveTabState } from "../stores/tab-state-store.ts";
import { badgeFor } from "./badge-state.ts";
import { inspectTab, type TabInspection } from "./inspect-tab.ts";

export async function refreshTab(
	deps: BackgroundDeps,
	tabId: number,
	options: { includeValues?: boolean } = {},
): Promise<TabInspection> {
	// Loaded (and validated) once: the audit and the badge use the same settings.
	const settings = await deps.settings();
	const inspection = await inspectTab(deps, tabId, { ...options, settings });
	const { frameSites } = inspection;
	await saveTabState(deps.session, { tabId, frameSites, updatedAt: deps.now() });
	await deps.badge.show(tabId, badgeFor(inspection.report, settings.badge, deps.message));
	return inspection;
}

/** For background refreshes: a tab that closed meanwhile is forgotten instead of failing. */
export async function refreshTabQuietly(deps: BackgroundDeps, tabId: number): Promise<void> {
	try {
		await refreshTab(deps, tabId);
	} catch {
		await forgetTab(deps.session, tabId);
	}
}
