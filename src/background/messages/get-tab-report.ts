/**
 * `getTabReport`: the whole view model of a tab in one reply (docs/conventions.md, "Code shape"),
 * computed afresh; the copy kept in `storage.session` and the badge are updated on the way.
 */
import type { TabReport } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { refreshTab } from "../tab-reports/refresh-tab.ts";

export function getTabReport(
	deps: BackgroundDeps,
	request: { tabId: number; includeValues?: boolean },
): Promise<TabReport> {
	return refreshTab(deps, request.tabId, { includeValues: request.includeValues === true });
}
