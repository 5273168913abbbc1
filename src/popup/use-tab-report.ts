/** The popup's one conversation for its view model: ask for the tab's report, re-ask when needed. */
import { useRef } from "preact/hooks";
import type { TabReport } from "../core/tab-report.ts";
import { createClient, currentTabId } from "../messaging/client.ts";
import { type LoadState, type LoadStateHandle, useLoadState } from "../ui/shared/use-load-state.ts";

export type TabReportState = LoadState<TabReport>;

/** Performance mark names: the e2e measures the first screen from the reply to the first commit. */
export const REPORT_RECEIVED = "report-received";
export const FIRST_RENDER = "first-render";

export function useTabReport(search: string): LoadStateHandle<TabReport> {
	const received = useRef(false);
	return useLoadState(async () => {
		const tabId = await currentTabId(search);
		const report = await createClient()("getTabReport", { tabId, includeValues: true });
		// Only the first reply starts the first screen; reloads after actions are not measured.
		if (!received.current) performance.mark(REPORT_RECEIVED);
		received.current = true;
		return report;
	}, search);
}
