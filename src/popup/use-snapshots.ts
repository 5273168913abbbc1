/**
 * Snapshot ids by site, kept in the page's localStorage so a snapshot taken in one popup can be restored
 * from the next one (the replay test spans a sign-out on the site). The cookies themselves stay in the
 * background's storage.session; an id alone restores nothing after the browser restarts.
 */
import { useState } from "preact/hooks";
import type { SnapshotInfo } from "../ui/popup/popup-model.ts";

const KEY = "session-hygiene:snapshots";

export type SnapshotRecord = SnapshotInfo & { snapshotId: string };

function load(): Record<string, SnapshotRecord> {
	try {
		return JSON.parse(localStorage.getItem(KEY) ?? "{}") as Record<string, SnapshotRecord>;
	} catch {
		return {};
	}
}

export function useSnapshots() {
	const [snapshots, setSnapshots] = useState<Record<string, SnapshotRecord>>(load);
	const remember = (site: string, record: SnapshotRecord) => {
		const next = { ...load(), [site]: record };
		localStorage.setItem(KEY, JSON.stringify(next));
		setSnapshots(next);
	};
	return { snapshots, remember };
}
