/** The all-sessions overview's messages, bound to their handlers (registered next to createHandlers). */
import type { Handlers } from "../../messaging/protocol.ts";
import { type BulkDeps, clearOldSessions, logoutSites } from "../overview/bulk-clear.ts";
import { getOverview } from "./get-overview.ts";

export type OverviewMessage = "getOverview" | "logoutSites" | "clearOldSessions";

export function createOverviewHandlers(deps: BulkDeps): Pick<Handlers, OverviewMessage> {
	return {
		getOverview: () => getOverview(deps),
		logoutSites: (request) => logoutSites(deps, request),
		clearOldSessions: (request) => clearOldSessions(deps, request),
	};
}
