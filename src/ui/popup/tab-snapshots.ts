/** Which snapshot the popup offers to restore for a site of the tab. */
import type { SnapshotInfo, TabView } from "./popup-model.ts";

/**
 * The newest snapshot the report lists for the site in the tab's own store. The background lists no
 * other store's snapshots; checking the store here as well keeps a restore from ever crossing jars.
 */
export function snapshotOf(
	tab: Pick<TabView, "storeId" | "snapshots">,
	site: string,
): SnapshotInfo | undefined {
	let newest: SnapshotInfo | undefined;
	for (const snapshot of tab.snapshots) {
		if (snapshot.site !== site || snapshot.storeId !== tab.storeId) continue;
		if (!newest || snapshot.takenAt >= newest.takenAt) newest = snapshot;
	}
	return newest;
}
