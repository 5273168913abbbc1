/**
 * What the background remembers of each tab in `storage.session`, so a restarted worker or event page
 * loses nothing: the sites the tab shows, which the refresh scheduler matches cookie changes against.
 * The report itself is not kept: the badge is shown when it is computed, and getTabReport computes a
 * fresh one (with values, which never go to storage).
 */
import type { StoragePort } from "../../platform/storage-port.ts";

const PREFIX = "tab:";

export interface TabState {
	tabId: number;
	/** Sites of the tab's page and of all its frames, with cookies or not. */
	frameSites: string[];
	/** Epoch seconds: when the tab's report was last computed (a person or a test can see it is live). */
	updatedAt: number;
}

export function saveTabState(session: StoragePort, state: TabState): Promise<void> {
	return session.set({ [`${PREFIX}${state.tabId}`]: state });
}

export function loadTabState(session: StoragePort, tabId: number): Promise<TabState | undefined> {
	return session.get<TabState>(`${PREFIX}${tabId}`);
}

export async function allTabStates(session: StoragePort): Promise<TabState[]> {
	return (await session.entries<TabState>(PREFIX)).map(([, state]) => state);
}

export function forgetTab(session: StoragePort, tabId: number): Promise<void> {
	return session.remove([`${PREFIX}${tabId}`]);
}
