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
	useReloadWhenSignaturesAreChecked(handle);
	return handle;
}

/**
 * A report made while something was still coming is shown at once and asked for again when it came: the
 * administrator's policy (the first report after a browser start; getSettings settles once it is in) and
 * the check of cookie signatures against the known secrets (whenSignaturesChecked settles once it is done).
 */
function useReloadWhenPolicyIsIn(handle: LoadStateHandle<TabReport>): void {
	useReloadAfter(
		handle,
		(r) => r.policyPending === true,
		() => createClient()("getSettings", {}),
	);
}

function useReloadWhenSignaturesAreChecked(handle: LoadStateHandle<TabReport>): void {
	useReloadAfter(
		handle,
		(r) => r.signaturesPending === true,
		() => createClient()("whenSignaturesChecked", {}),
	);
}

function useReloadAfter(
	{ state, reload }: LoadStateHandle<TabReport>,
	isPending: (report: TabReport) => boolean,
	settled: () => Promise<unknown>,
): void {
	const pending = state.status === "ready" && isPending(state.value);
	// `settled` is each caller's fixed message: only `pending` starts a wait.
	useEffect(() => {
		if (!pending) return;
		let current = true;
		settled().then(
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
