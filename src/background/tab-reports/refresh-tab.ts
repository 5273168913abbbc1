/** Recomputes one tab's report, keeps it in `storage.session` and shows its badge. */
import type { CookieReport } from "../../core/report.ts";
import type { TabReport } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { forgetTab, saveTabState } from "../stores/tab-state-store.ts";
import { badgeFor } from "./badge-state.ts";
import { inspectTab } from "./inspect-tab.ts";

/** The report as kept in storage.session: values stay out of storage even when the popup asked for them. */
function withoutValues(report: TabReport): TabReport {
	const strip = ({ value: _value, ...cookie }: CookieReport): CookieReport => cookie;
	return { ...report, sites: report.sites.map((site) => ({ ...site, cookies: site.cookies.map(strip) })) };
}

export async function refreshTab(
	deps: BackgroundDeps,
	tabId: number,
	options: { includeValues?: boolean } = {},
): Promise<TabReport> {
	const { report, frameSites } = await inspectTab(deps, tabId, options);
	const settings = await deps.settings();
	await saveTabState(deps.session, { report: withoutValues(report), frameSites, updatedAt: deps.now() });
	await deps.badge.show(tabId, badgeFor(report, settings.badge, deps.message));
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
