/** The last clear or logout, values included, in `storage.session` only (docs/design.md, "Privacy"). */
import type { StoragePort } from "../../platform/storage-port.ts";
import type { SavedCookie } from "../jar/saved-cookie.ts";

const KEY = "undo";

/** The record as an entry of a `storage.session` write, to be written together with a journal. */
export function undoEntry(saved: readonly SavedCookie[]): Record<string, unknown> {
	return { [KEY]: saved };
}

export function peekUndo(session: StoragePort): Promise<SavedCookie[] | undefined> {
	return session.get<SavedCookie[]>(KEY);
}

export function forgetUndo(session: StoragePort): Promise<void> {
	return session.remove([KEY]);
}

/**
 * After a deletion: the record is what it removed; when it removed nothing, the record from before it
 * (or none), never the list of what it meant to remove.
 */
export async function settleUndo(
	session: StoragePort,
	removed: readonly SavedCookie[],
	previous: readonly SavedCookie[] | undefined,
): Promise<void> {
	if (removed.length > 0) await session.set(undoEntry(removed));
	else if (previous) await session.set(undoEntry(previous));
	else await forgetUndo(session);
}
