/**
 * `getTabReport`: the whole view model of a tab in one reply (docs/conventions.md, "Code shape"),
 * computed afresh; the tab's record in `storage.session` and the badge are updated on the way. The
 * snapshots listed are the tab's store's only: another store's snapshot of the same site is not the
 * tab's to restore.
 */
import type { TabReport } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { listSnapshots } from "../stores/snapshot-store.ts";
import { refreshTab } from "../tab-reports/refresh-tab.ts";

export async function getTabReport(
	deps: BackgroundDeps,
	request: { tabId: number; includeValues?: boolean },
): Promise<TabReport> {
	const { report, frameSites } = await refreshTab(deps, request.tabId, {
		includeValues: request.includeValues === true,
	});
	const snapshots = await listSnapshots(deps.session, { storeId: report.storeId, sites: frameSites });
	return { ...report, snapshots };
}
