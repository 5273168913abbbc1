/** Recomputes one tab's report, remembers the sites it shows in `storage.session` and shows its badge. */
import type { BackgroundDeps } from "../deps.ts";
import { forgetTab, saveTabState } from "../stores/tab-state-store.ts";
import { badgeFor } from "./badge-state.ts";
import { inspectTab, type TabInspection } from "./inspect-tab.ts";

export interface TabAuditResult extends TabInspection {
	/** The policy was still being read: the report has the user's settings alone (managed-policy.ts). */
	policyPending: boolean;
	/** Writes the tab's record and shows its badge: getTabReport runs it after replying. */
	record: () => Promise<void>;
}

export async function auditTab(
	deps: BackgroundDeps,
	tabId: number,
	options: { includeValues?: boolean; brief?: boolean } = {},
): Promise<TabAuditResult> {
	// Loaded (and validated) once: the audit and the badge use the same settings. Loading overlaps the
	// tab's own reads (tab, access, frames, cookies), which do not need them.
	const loading = deps.reportSettings();
	const forAudit = loading.then((r) => r.settings);
	forAudit.catch(() => undefined); // a tab gone meanwhile never awaits it; `loading` is awaited below
	const inspection = await inspectTab(deps, tabId, { ...options, settings: forAudit });
	const { settings, policyPending } = await loading;
	const record = async () => {
		await saveTabState(deps.session, { tabId, frameSites: inspection.frameSites, updatedAt: deps.now() });
		await deps.badge.show(tabId, badgeFor(inspection.report, settings.badge, deps.message));
	};
	return { ...inspection, policyPending, record };
}

export async function refreshTab(
	deps: BackgroundDeps,
	tabId: number,
	options: { includeValues?: boolean } = {},
): Promise<TabInspection> {
	const audit = await auditTab(deps, tabId, options);
	await audit.record();
	return audit;
}

/** For background refreshes: a tab that closed meanwhile is forgotten instead of failing. */
export async function refreshTabQuietly(deps: BackgroundDeps, tabId: number): Promise<void> {
	try {
		await refreshTab(deps, tabId);
	} catch {
		await forgetTab(deps.session, tabId);
	}
}
