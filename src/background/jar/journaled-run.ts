/**
 * Runs a jar-changing action under its journal (stores/journal-store.ts): the journal, and whatever must be
 * written with it, goes to `storage.session` before the first write, and each cookie is counted done as
 * it goes, one after another so two cookies of one action never race for the same jar entry.
 */
import type { ActionResult } from "../../core/tab-report.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import { beginJournal, disownUndo, type Journal, markDone } from "../stores/journal-store.ts";
import { afterResume } from "./resume-gate.ts";
import type { SavedCookie } from "./saved-cookie.ts";

export async function runJournaled(
	session: StoragePort,
	journal: Journal,
	alongside: Record<string, unknown>,
	step: (item: SavedCookie) => Promise<ActionResult>,
): Promise<ActionResult[]> {
	// An action interrupted by the last stop is finished first: it owns the journal until then.
	await afterResume();
	// A newer action replaces the undo record: an interruption not yet told may no longer offer Undo.
	await disownUndo(session);
	await beginJournal(session, journal, alongside);
	const results: ActionResult[] = [];
	for (const [index, item] of journal.items.entries()) {
		results.push(await step(item));
		await markDone(session, index + 1);
	}
	return results;
}
