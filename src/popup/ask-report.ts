/**
 * Asking for the tab's report. main.tsx asks for the first one before anything renders, so the reply is on
 * its way while the popup sets up (README, "Speed").
 */
import type { TabReport } from "../core/tab-report.ts";
import { createClient, currentTabId } from "../messaging/client.ts";

/** Performance mark: when the reply the first screen renders came in (scripts/bench.ts reads it). */
export const REPORT_RECEIVED = "report-received";

export async function askReport(search: string): Promise<TabReport> {
	const tabId = await currentTabId(search);
	// Brief: fix texts and the cookie's identity in each message are most of a report's bytes, and
	// show only in a cookie's details, which ask for them (getCookieFindings).
	return createClient()("getTabReport", { tabId, includeValues: true, brief: true });
}

/** The first report, asked for at once; its arrival is marked. */
export function askFirstReport(search: string): Promise<TabReport> {
	const first = askReport(search).then((report) => {
		performance.mark(REPORT_RECEIVED);
		return report;
	});
	// Handled where it is awaited (useTabReport); this keeps an early failure from being reported twice.
	first.catch(() => undefined);
	return first;
}
