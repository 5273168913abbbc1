/**
 * The overview's bulk actions, each verified by reading the jar back and undoable like any clear:
 * `logoutSites` (session and CSRF cookies of the selected sites, every subdomain and partition of their
 * store) and `clearOldSessions` (session cookies first seen more than N days ago).
 */
import type { OverviewTarget } from "../../messaging/overview-types.ts";
import type { ActionReply } from "../../messaging/protocol.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteCookies } from "../jar/delete-cookies.ts";
import type { SavedCookie } from "../jar/saved-cookie.ts";
import type { OverviewDeps } from "../messages/get-overview.ts";
import { firstSeenKey, updateFirstSeen } from "../stores/first-seen-store.ts";
import { rememberForUndo } from "../stores/undo-store.ts";
import { auditAllStores } from "./all-cookies.ts";

export type BulkDeps = OverviewDeps & Pick<BackgroundDeps, "permissions" | "session">;

const DAY = 86_400;
const keyOf = (t: OverviewTarget) => `${t.storeId}\u0000${t.site}`;

async function jarWithSites(deps: BulkDeps): Promise<{ saved: SavedCookie; key: string }[]> {
	const audits = await auditAllStores(deps);
	return audits.flatMap((a) =>
		a.cookies.map(({ site, ...saved }) => ({ saved, key: keyOf({ site, storeId: a.storeId }) })),
	);
}

async function removeAll(deps: BulkDeps, chosen: SavedCookie[]): Promise<ActionReply> {
	const { results, removed } = await deleteCookies(
		deps,
		chosen.map((c) => c.report),
	);
	await rememberForUndo(deps.session, removed);
	return { results };
}

export async function logoutSites(
	deps: BulkDeps,
	request: { targets: OverviewTarget[] },
): Promise<ActionReply> {
	const wanted = new Set(request.targets.map(keyOf));
	const jar = await jarWithSites(deps);
	const chosen = jar.filter((j) => wanted.has(j.key) && j.saved.report.role !== "other").map((j) => j.saved);
	return removeAll(deps, chosen);
}

export async function clearOldSessions(
	deps: BulkDeps,
	request: { olderThanDays: number; targets?: OverviewTarget[] },
): Promise<ActionReply> {
	if (!Number.isFinite(request.olderThanDays) || request.olderThanDays < 0) {
		throw new Error("olderThanDays must be a number of days, 0 or more.");
	}
	const wanted = request.targets ? new Set(request.targets.map(keyOf)) : undefined;
	const jar = await jarWithSites(deps);
	const now = Math.floor(deps.now());
	const firstSeen = await updateFirstSeen(
		deps.local,
		jar.map((j) => j.saved.cookie),
		now,
	);
	const cutoff = now - request.olderThanDays * DAY;
	const chosen = jar
		.filter((j) => (!wanted || wanted.has(j.key)) && j.saved.report.role === "session")
		.filter((j) => (firstSeen.get(firstSeenKey(j.saved.cookie)) ?? now) <= cutoff)
		.map((j) => j.saved);
	return removeAll(deps, chosen);
}
