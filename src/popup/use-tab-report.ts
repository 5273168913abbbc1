/** The popup's one conversation with the background: ask for the tab's view model, re-ask when needed. */
import { useCallback, useEffect, useState } from "preact/hooks";
import { createClient, currentTabId } from "../messaging/client.ts";
import type { TabReport } from "../messaging/protocol.ts";

export type TabReportState =
	| { status: "loading" }
	| { status: "ready"; report: TabReport; receivedAt: number }
	| { status: "error"; message: string };

export function useTabReport(search: string): { state: TabReportState; reload: () => void } {
	const [state, setState] = useState<TabReportState>({ status: "loading" });
	const [generation, setGeneration] = useState(0);
	useEffect(() => {
		let cancelled = false;
		const client = createClient();
		(async () => {
			const tabId = await currentTabId(search);
			const report = await client("getTabReport", { tabId });
			if (!cancelled) setState({ status: "ready", report, receivedAt: Date.now() / 1000 });
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
