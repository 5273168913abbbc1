/** Snapshots of a site's session cookies, values included, in `storage.session` only (docs/design.md, "Privacy"). */
import type { TabSnapshot } from "../../core/tab-report.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import type { SavedCookie } from "../jar/saved-cookie.ts";

const PREFIX = "snapshot:";

export interface Snapshot {
	site: string;
	/** The cookie store it was taken in, and the only one it is offered in and restored into. */
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

/** The snapshots of these sites taken in this store, without their cookies, oldest first. */
export async function listSnapshots(
	session: StoragePort,
	where: { storeId: string; sites: readonly string[] },
): Promise<TabSnapshot[]> {
	const listed: TabSnapshot[] = [];
	for (const [key, { site, storeId, takenAt, cookies }] of await session.entries<Snapshot>(PREFIX)) {
		if (storeId !== where.storeId || !where.sites.includes(site)) continue;
		listed.push({ snapshotId: key.slice(PREFIX.length), site, storeId, count: cookies.length, takenAt });
	}
	return listed.sort((a, b) => a.takenAt - b.takenAt);
}
