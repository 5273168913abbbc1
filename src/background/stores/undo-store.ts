/** The last clear or logout, values included, in `storage.session` only (docs/design.md, "Privacy"). */
import type { StoragePort } from "../../platform/storage-port.ts";
import type { SavedCookie } from "../jar/saved-cookie.ts";

const KEY = "undo";

/** Replaces the undo record; an action that removed nothing leaves the previous one in place. */
export async function rememberForUndo(session: StoragePort, removed: readonly SavedCookie[]): Promise<void> {
	if (removed.length > 0) await session.set({ [KEY]: removed });
}

/** The record, taken: undo restores it once. */
export async function takeUndo(session: StoragePort): Promise<SavedCookie[] | undefined> {
	const saved = await session.get<SavedCookie[]>(KEY);
	if (saved) await session.remove([KEY]);
	return saved;
}
