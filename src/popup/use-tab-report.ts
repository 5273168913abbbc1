/** The popup's one conversation for its view model: ask for the tab's report, re-ask when needed. */
import { useCallback, useEffect, useState } from "preact/hooks";
import type { TabReport } from "../core/tab-report.ts";
import { createClient, currentTabId } from "../messaging/client.ts";

export type TabReportState =
	| { status: "loading" }
	| { status: "ready"; report: TabReport }
	| { status: "error"; message: string };

/** Performance mark names: the e2e measures the first screen from the reply to the first commit. */
export const REPORT_RECEIVED = "report-received";
export const FIRST_RENDER = "first-render";

export function useTabReport(search: string): { state: TabReportState; reload: () => void } {
	const [state, setState] = useState<TabReportState>({ status: "loading" });
	const [generation, setGeneration] = useState(0);
	useEffect(() => {
		let cancelled = false;
		const client = createClient();
		(async () => {
			const tabId = await currentTabId(search);
			const report = await client("getTabReport", { tabId, includeValues: true });
			if (cancelled) return;
			if (generation === 0) performance.mark(REPORT_RECEIVED);
			// A reload keeps the current screen until the new report is in: no flash of "loading".
			setState({ status: "ready", report });
		})().catch((error: unknown) => {
			if (!cancelled)
				setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
		});
		return () => {
			cancelled = true;
		};
	}, [search, generation]);
	const reload = useCallback(() => setGeneration((g) => g + 1), []);
	return { state, reload };
}
