/**
 * The journal of the action that is changing the jar, in `storage.session` (values included, like the undo
 * record it protects: docs/design.md, "Privacy"). Chrome stops an idle service worker and Firefox an idle
 * event page at any moment (docs/browser-quirks.md, "Idle backgrounds are stopped"), so an action writes
 * what it is about to change before its first write and counts each cookie done; the next start finishes it.
 */
import type { JarAction } from "../../core/tab-report.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import type { SavedCookie } from "../jar/saved-cookie.ts";

const JOURNAL = "journal";
const DONE = "journal:done";
const INTERRUPTED = "journal:interrupted";

export type { JarAction };

export interface Journal {
	action: JarAction;
	/** The site of a site action. */
	site?: string;
	/** "delete": each item is removed; "write": each item is written exactly as it is. */
	kind: "delete" | "write";
	items: SavedCookie[];
	/** For an undo: the record it consumes once it has finished. */
	consumesUndo?: boolean;
	/** For a deletion: the undo record before it, kept if the action removes nothing. */
	previousUndo?: SavedCookie[];
}

/** An action the background finished after it had been stopped in the middle of it. */
export interface Interruption {
	action: JarAction;
	site?: string;
	total: number;
	/** How many cookies were done when the background stopped. */
	doneBeforeStop: number;
	/** Epoch seconds the action was finished. */
	finishedAt: number;
	/** A deletion that removed cookies: its undo record puts them back. */
	undoable: boolean;
	/**
	 * Cookies of the action not as it meant to leave them once it was finished, read back from the jar:
	 * still there after a deletion, missing or different after a write. Zero when "the rest" was done.
	 */
	failed: number;
}

/** Starts the journal, together with whatever must be written in the same step (the undo record). */
export function beginJournal(
	session: StoragePort,
	journal: Journal,
	alongside: Record<string, unknown> = {},
): Promise<void> {
	return session.set({ ...alongside, [JOURNAL]: journal, [DONE]: 0 });
}

export function markDone(session: StoragePort, done: number): Promise<void> {
	return session.set({ [DONE]: done });
}

export function endJournal(session: StoragePort): Promise<void> {
	return session.remove([JOURNAL, DONE]);
}

export async function loadJournal(
	session: StoragePort,
): Promise<{ journal: Journal; done: number } | undefined> {
	const journal = await session.get<Journal>(JOURNAL);
	if (!journal) return undefined;
	return { journal, done: (await session.get<number>(DONE)) ?? 0 };
}

export function saveInterruption(session: StoragePort, interruption: Interruption): Promise<void> {
	return session.set({ [INTERRUPTED]: interruption });
}

/** The last interruption, taken: the popup tells it once. */
export async function takeInterruption(session: StoragePort): Promise<Interruption | undefined> {
	const interruption = await session.get<Interruption>(INTERRUPTED);
	if (interruption) await session.remove([INTERRUPTED]);
	return interruption;
}

/** Marks an interruption not yet told as no longer owning the undo record (a newer action does). */
export async function disownUndo(session: StoragePort): Promise<void> {
	const interruption = await session.get<Interruption>(INTERRUPTED);
	if (interruption?.undoable) await session.set({ [INTERRUPTED]: { ...interruption, undoable: false } });
}
