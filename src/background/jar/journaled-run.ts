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
	// An action that replaces or consumes the undo record takes it from an interruption not yet told, which
	// may then no longer offer Undo (docs/protocol.md, "Messages"); one that leaves the record leaves it Undo.
	if (replacesUndo(journal)) await disownUndo(session);
	await beginJournal(session, journal, alongside);
	const results: ActionResult[] = [];
	for (const [index, item] of journal.items.entries()) {
		results.push(await step(item));
		await markDone(session, index + 1);
	}
	return results;
}

/** A deletion of some cookies writes its own undo record with its journal; an undo consumes the record. */
const replacesUndo = (journal: Journal) =>
	(journal.kind === "delete" && journal.items.length > 0) || journal.consumesUndo === true;
