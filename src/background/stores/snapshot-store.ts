/** Snapshots of a site's session cookies, values included, in `storage.session` only (docs/design.md, "Privacy"). */
import type { StoragePort } from "../../platform/storage-port.ts";
import type { SavedCookie } from "../jar/saved-cookie.ts";

const PREFIX = "snapshot:";

export interface Snapshot {
	site: string;
	storeId: string;
	/** Epoch seconds. */
	takenAt: number;
	cookies: SavedCookie[];
}

export async function saveSnapshot(session: StoragePort, snapshot: Snapshot): Promise<string> {
	const id = crypto.randomUUID();
	await session.set({ [`${PREFIX}${id}`]: snapshot });
	return id;
}

export function loadSnapshot(session: StoragePort, id: string): Promise<Snapshot | undefined> {
	return session.get<Snapshot>(`${PREFIX}${id}`);
}
