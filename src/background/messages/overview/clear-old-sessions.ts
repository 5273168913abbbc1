/**
 * `clearOldSessions` (the overview's bulk clear): session cookies first seen more than N days ago, of the
 * selected sites or of all, each verified by reading the jar back and undoable like any clear.
 */
import { identityKey } from "../../../core/cookie.ts";
import type { ActionReply } from "../../../core/tab-report.ts";
import type { OverviewTarget } from "../../../messaging/overview-types.ts";
import { deleteAndRemember } from "../../jar/delete-and-remember.ts";
import { assertKnownStores } from "../../jar/known-stores.ts";
import { type BulkDeps, jarWithTargets, targetKey } from "../../overview/site-targets.ts";
import { updateFirstSeen } from "../../stores/first-seen-store.ts";

const DAY = 86_400;

export async function clearOldSessions(
	deps: BulkDeps,
	request: { olderThanDays: number; targets?: OverviewTarget[] },
): Promise<ActionReply> {
	// Absent targets mean every site; the server refuses anything else that is not a list of targets.
	const targets = request.targets;
	if (targets) await assertKnownStores(deps, { message: "clearOldSessions", field: "targets" }, targets);
	const wanted = targets === undefined ? undefined : new Set(targets.map(targetKey));
	const jar = await jarWithTargets(deps);
	const now = Math.floor(deps.now());
	const stores = new Map(jar.map((j) => [j.saved.cookie.storeId ?? "", j.private]));
	const groups = [...stores].map(([storeId, isPrivate]) => ({
		storeId,
		private: isPrivate,
		cookies: jar.filter((j) => (j.saved.cookie.storeId ?? "") === storeId).map((j) => j.saved.cookie),
	}));
	const firstSeen = await updateFirstSeen(deps, groups, now);
	const cutoff = now - request.olderThanDays * DAY;
	const chosen = jar
		.filter((j) => (!wanted || wanted.has(j.key)) && j.saved.report.role === "session")
		.filter((j) => (firstSeen.get(identityKey(j.saved.cookie)) ?? now) <= cutoff);
	return deleteAndRemember(
		deps,
		chosen.map((j) => j.saved.report),
		{ action: "clearOldSessions" },
	);
}
