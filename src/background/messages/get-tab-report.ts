/**
 * `getTabReport`: the whole view model of a tab in one reply (docs/conventions.md, "Code shape"),
 * computed afresh; the tab's record in `storage.session` and the badge are updated right after the
 * reply is on its way. The snapshots listed are the tab's store's only: another store's snapshot of the
 * same site is not the tab's to restore. The first report after the background finished an interrupted
 * action carries it.
 */
import type { InterruptionNotice, TabReport } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { afterResume } from "../jar/resume-gate.ts";
import { takeInterruption } from "../stores/journal-store.ts";
import { listSnapshots } from "../stores/snapshot-store.ts";
import { peekUndo } from "../stores/undo-store.ts";
import { auditTab } from "../tab-reports/refresh-tab.ts";

export async function getTabReport(
	deps: BackgroundDeps,
	request: { tabId: number; includeValues?: boolean; brief?: boolean },
): Promise<TabReport> {
	// An action interrupted by the last stop is finished before the jar is read, and is told below.
	await afterResume();
	const audit = await auditTab(deps, request.tabId, {
		includeValues: request.includeValues === true,
		brief: request.brief === true,
	});
	const { report, frameSites, policyPending } = audit;
	const [snapshots, interruption] = await Promise.all([
		listSnapshots(deps.session, { storeId: report.storeId, sites: frameSites }),
		interruptionNotice(deps),
	]);
	// Not awaited: the popup's first screen needs the report, not the badge. Started before the reply
	// leaves, so a reader asking after the reply finds the record written.
	audit.record().catch((error: unknown) => console.error("Session Hygiene: tab record not saved", error));
	return {
		...report,
		snapshots,
		...(interruption ? { interruption } : {}),
		...(policyPending ? { policyPending: true } : {}),
	};
}

/** The interruption resumed at this start, taken: the first report after it tells it, once. */
async function interruptionNotice(deps: BackgroundDeps): Promise<InterruptionNotice | undefined> {
	const interruption = await takeInterruption(deps.session);
	if (!interruption) return undefined;
	const { action, site, total, doneBeforeStop } = interruption;
	// Stored before this field existed (an update in the middle of a browser session): nothing counted.
	const failed = interruption.failed ?? 0;
	// Undo offers the last undo record: only while that is still this action's.
	const undoable = interruption.undoable && ((await peekUndo(deps.session))?.length ?? 0) > 0;
	return { action, ...(site === undefined ? {} : { site }), total, doneBeforeStop, undoable, failed };
}
