/**
 * The overview page's conversation with the background: the whole overview in one call, and bulk actions.
 * The client comes from main.tsx (a fake one in component tests).
 */
import { useCallback, useEffect, useState } from "preact/hooks";
import type { ActionResult } from "../../core/tab-report.ts";
import type { Client } from "../../messaging/client.ts";
import type { Overview, OverviewTarget } from "../../messaging/overview-types.ts";

export type OverviewState =
	| { status: "loading" }
	| { status: "ready"; overview: Overview }
	| { status: "error"; message: string };

export interface OverviewActions {
	logoutSites(targets: OverviewTarget[]): Promise<ActionResult[]>;
	clearOldSessions(olderThanDays: number, targets: OverviewTarget[]): Promise<ActionResult[]>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useOverview(client: Client): { state: OverviewState; actions: OverviewActions } {
	const [state, setState] = useState<OverviewState>({ status: "loading" });
	const load = useCallback(async () => {
		try {
			setState({ status: "ready", overview: await client("getOverview", {}) });
		} catch (error) {
			setState({ status: "error", message: message(error) });
		}
	}, [client]);
	useEffect(() => {
		load();
	}, [load]);
	const after = useCallback(
		async (reply: Promise<{ results: ActionResult[] }>) => {
			const { results } = await reply;
			await load();
			return results;
		},
		[load],
	);
	const actions: OverviewActions = {
		logoutSites: (targets) => after(client("logoutSites", { targets })),
		clearOldSessions: (olderThanDays, targets) =>
			after(client("clearOldSessions", { olderThanDays, ...(targets.length > 0 ? { targets } : {}) })),
	};
	return { state, actions };
}
