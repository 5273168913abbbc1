/**
 * `restoreSnapshot`: writes the snapshot's cookies back exactly as they were. The replay test: restore
 * after logging out and reload; still signed in means the server did not revoke the session.
 */
import type { ActionReply } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { restoreCookies } from "../jar/restore-cookies.ts";
import { endJournal } from "../stores/journal-store.ts";
import { loadSnapshot } from "../stores/snapshot-store.ts";

export async function restoreSnapshot(
	deps: BackgroundDeps,
	request: { snapshotId: string },
): Promise<ActionReply> {
	const snapshot = await loadSnapshot(deps.session, request.snapshotId);
	if (!snapshot) {
		throw new Error("That snapshot is gone: snapshots are kept only until the browser closes.");
	}
	const results = await restoreCookies(deps, snapshot.cookies, {
		action: "restoreSnapshot",
		site: snapshot.site,
	});
	await endJournal(deps.session);
	return { results };
}
