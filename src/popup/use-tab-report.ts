/** The popup's one conversation for its view model: ask for the tab's report, re-ask when needed. */
import { useEffect, useRef } from "preact/hooks";
import type { TabReport } from "../core/tab-report.ts";
import { createClient, currentTabId } from "../messaging/client.ts";
import { type LoadState, type LoadStateHandle, useLoadState } from "../ui/shared/use-load-state.ts";

export type TabReportState = LoadState<TabReport>;

/**
 * Performance marks, the benchmark's contract (scripts/bench.ts): "first-screen" is the first commit of
 * the header with the grade and every session and csrf row, timed from the page's navigation start;
 * "report-received" is when the reply it renders came in.
 */
export const REPORT_RECEIVED = "report-received";
export const FIRST_SCREEN = "first-screen";

export function useTabReport(search: string): LoadStateHandle<TabReport> {
	const received = useRef(false);
	const handle = useLoadState(async () => {
		const tabId = await currentTabId(search);
		// Fix texts are most of a report's bytes and show only in a cookie's details, asked for on expand.
		const report = await createClient()("getTabReport", { tabId, includeValues: true, omitFixes: true });
		// Only the first reply starts the first screen; reloads after actions are not measured.
		if (!received.current) performance.mark(REPORT_RECEIVED);
		received.current = true;
		return report;
	}, search);
	useReloadWhenPolicyIsIn(handle);
	return handle;
}

/**
 * A report made while the administrator's policy was still being read (the first after a browser start)
 * is shown at once; getSettings settles when the policy is in, and the report is asked for again.
 */
function useReloadWhenPolicyIsIn({ state, reload }: LoadStateHandle<TabReport>): void {
	const pending = state.status === "ready" && state.value.policyPending === true;
	useEffect(() => {
		if (!pending) return;
		let current = true;
		createClient()("getSettings", {}).then(
			() => {
				if (current) void reload();
			},
			() => undefined,
		);
		return () => {
			current = false;
		};
	}, [pending, reload]);
}
