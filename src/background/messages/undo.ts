/** `undo`: restores what the last clear, expire-now or logout removed, once. */
import type { ActionReply } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { restoreCookies } from "../jar/restore-cookies.ts";
import { endJournal } from "../stores/journal-store.ts";
import { forgetUndo, peekUndo } from "../stores/undo-store.ts";

export async function undo(deps: BackgroundDeps): Promise<ActionReply> {
	const saved = await peekUndo(deps.session);
	if (!saved) throw new Error("There is nothing to undo: no cookies were cleared since the last undo.");
	// The record is consumed only once every cookie is back: a stop in between finishes the undo.
	const results = await restoreCookies(deps, saved, { action: "undo", consumesUndo: true });
	await forgetUndo(deps.session);
	await endJournal(deps.session);
	return { results };
}
