/**
 * Finishes the action the background was doing when the browser stopped it (stores/journal-store.ts):
 * the deletions or writes not yet counted done are made, the undo record is set to what the action removed
 * (or, for an undo, consumed), and the interruption is kept for the popup to tell. Finishing, not rolling
 * back, because the user asked for the action; undo brings back whatever it removed.
 */
import type { BackgroundDeps } from "../deps.ts";
import { endJournal, loadJournal, saveInterruption } from "../stores/journal-store.ts";
import { forgetUndo, settleUndo } from "../stores/undo-store.ts";
import { differences, findInJar } from "./jar-lookup.ts";
import { writeSaved } from "./restore-cookies.ts";
import { setResume } from "./resume-gate.ts";
import type { SavedCookie } from "./saved-cookie.ts";

type ResumeDeps = Pick<BackgroundDeps, "cookies" | "permissions" | "session" | "now">;

/** Call first thing at every background start, before any message can change the jar. */
export function startResume(deps: ResumeDeps): Promise<void> {
	const resumed = resumeInterrupted(deps).catch(() => undefined);
	setResume(resumed);
	return resumed;
}

async function removed(deps: ResumeDeps, items: readonly SavedCookie[]): Promise<SavedCookie[]> {
	const gone: SavedCookie[] = [];
	for (const item of items) if (!(await findInJar(deps.cookies, item.cookie))) gone.push(item);
	return gone;
}

/** How many of the saved cookies the jar does not hold exactly as saved (the write's own check, restore-cookies.ts). */
async function notWritten(deps: ResumeDeps, items: readonly SavedCookie[]): Promise<number> {
	let count = 0;
	for (const { cookie } of items) {
		const stored = await findInJar(deps.cookies, cookie);
		if (!stored || differences(cookie, stored).length > 0) count++;
	}
	return count;
}

export async function resumeInterrupted(deps: ResumeDeps): Promise<void> {
	const open = await loadJournal(deps.session);
	if (!open) return;
	const { journal, done } = open;
	const rest = journal.items.slice(done);
	let undoable = false;
	// A refused write is not retried; it is counted from what the jar holds afterwards, as every action
	// reports what it found (docs/protocol.md, "What an action does, and how it is verified").
	let failed: number;
	if (journal.kind === "delete") {
		for (const item of rest) {
			const stored = await findInJar(deps.cookies, item.cookie);
			if (stored) await deps.cookies.remove(stored).catch(() => undefined);
		}
		const gone = await removed(deps, journal.items);
		await settleUndo(deps.session, gone, journal.previousUndo);
		undoable = gone.length > 0;
		failed = journal.items.length - gone.length;
	} else {
		for (const item of rest) await writeSaved(deps, item);
		if (journal.consumesUndo) await forgetUndo(deps.session);
		failed = await notWritten(deps, journal.items);
	}
	await saveInterruption(deps.session, {
		action: journal.action,
		...(journal.site === undefined ? {} : { site: journal.site }),
		total: journal.items.length,
		doneBeforeStop: done,
		finishedAt: deps.now(),
		undoable,
		failed,
	});
	await endJournal(deps.session);
}
