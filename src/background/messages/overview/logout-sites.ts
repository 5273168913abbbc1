/**
 * `logoutSites` (the overview's bulk logout): the session and CSRF cookies of the selected sites, every
 * subdomain and partition of their store, each verified by reading the jar back and undoable like any clear.
 */
import type { ActionReply } from "../../../core/tab-report.ts";
import type { OverviewTarget } from "../../../messaging/overview-types.ts";
import { deleteAndRemember } from "../../jar/delete-and-remember.ts";
import { assertKnownStores } from "../../jar/known-stores.ts";
import { type BulkDeps, jarWithTargets, targetKey } from "../../overview/site-targets.ts";

export async function logoutSites(
	deps: BulkDeps,
	request: { targets: OverviewTarget[] },
): Promise<ActionReply> {
	await assertKnownStores(deps, { message: "logoutSites", field: "targets" }, request.targets);
	const wanted = new Set(request.targets.map(targetKey));
	const jar = await jarWithTargets(deps);
	const chosen = jar.filter((j) => wanted.has(j.key) && j.saved.report.role !== "other");
	return deleteAndRemember(
		deps,
		chosen.map((j) => j.saved.report),
		{ action: "logoutSites" },
	);
}
