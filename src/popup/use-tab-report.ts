/** The popup's one conversation for its view model: ask for the tab's report, re-ask when needed. */
import { useEffect, useRef } from "preact/hooks";
import type { TabReport } from "../core/tab-report.ts";
import { createClient } from "../messaging/client.ts";
import { type LoadState, type LoadStateHandle, useLoadState } from "../ui/common/use-load-state.ts";
import { askReport } from "./ask-report.ts";

export type TabReportState = LoadState<TabReport>;

/**
 * Performance mark, the benchmark's contract (scripts/bench.ts): the first commit of the header with the
 * grade and every session and csrf row, timed from the page's navigation start.
 */
export const FIRST_SCREEN = "first-screen";

/** `first`: the report main.tsx asked for before this code loaded; later loads ask again. */
export function useTabReport(search: string, first?: Promise<TabReport>): LoadStateHandle<TabReport> {
	const pending = useRef(first);
	const handle = useLoadState(() => {
		const early = pending.current;
		pending.current = undefined;
		return early ?? askReport(search);
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
