/** The overview page's conversation with the background: the whole overview in one call, and bulk actions. */
import { useCallback } from "preact/hooks";
import type { ActionResult } from "../../core/tab-report.ts";
import { createClient } from "../../messaging/client.ts";
import type { Overview, OverviewTarget } from "../../messaging/overview-types.ts";
import { type LoadState, useLoadState } from "../../ui/shared/use-load-state.ts";

export interface OverviewActions {
	logoutSites(targets: OverviewTarget[]): Promise<ActionResult[]>;
	clearOldSessions(olderThanDays: number, targets: OverviewTarget[]): Promise<ActionResult[]>;
}

export function useOverview(): { state: LoadState<Overview>; actions: OverviewActions } {
	const { state, reload } = useLoadState(() => createClient()("getOverview", {}));
	const after = useCallback(
		async (reply: Promise<{ results: ActionResult[] }>) => {
			const { results } = await reply;
			await reload();
			return results;
		},
		[reload],
	);
	const actions: OverviewActions = {
		logoutSites: (targets) => after(createClient()("logoutSites", { targets })),
		clearOldSessions: (olderThanDays, targets) =>
			after(
				createClient()("clearOldSessions", { olderThanDays, ...(targets.length > 0 ? { targets } : {}) }),
			),
	};
	return { state, actions };
}
