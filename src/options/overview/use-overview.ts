/**
 * The overview page's conversation with the background: the whole overview in one call, and bulk actions.
 * The client comes from main.tsx (a fake one in component tests).
 */
import { useCallback } from "preact/hooks";
import type { ActionResult } from "../../core/tab-report.ts";
import type { Client } from "../../messaging/client.ts";
import type { Overview, OverviewTarget } from "../../messaging/overview-types.ts";
import { type LoadState, useLoadState } from "../../ui/common/use-load-state.ts";

export interface OverviewActions {
	logoutSites(targets: OverviewTarget[]): Promise<ActionResult[]>;
	clearOldSessions(olderThanDays: number, targets: OverviewTarget[]): Promise<ActionResult[]>;
}

export function useOverview(client: Client): { state: LoadState<Overview>; actions: OverviewActions } {
	const { state, reload } = useLoadState(() => client("getOverview", {}));
	const after = useCallback(
		async (reply: Promise<{ results: ActionResult[] }>) => {
			const { results } = await reply;
			await reload();
			return results;
		},
		[reload],
	);
	const actions: OverviewActions = {
		logoutSites: (targets) => after(client("logoutSites", { targets })),
		clearOldSessions: (olderThanDays, targets) =>
			after(client("clearOldSessions", { olderThanDays, ...(targets.length > 0 ? { targets } : {}) })),
	};
	return { state, actions };
}
