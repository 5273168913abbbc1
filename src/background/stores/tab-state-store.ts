/** Each tab's last report in `storage.session`, so a restarted worker or event page loses nothing. */
import type { TabReport } from "../../core/tab-report.ts";
import type { StoragePort } from "../../platform/storage-port.ts";

const PREFIX = "tab:";

export interface TabState {
	report: TabReport;
	frameSites: string[];
	/** Epoch seconds. */
	updatedAt: number;
}

export function saveTabState(session: StoragePort, state: TabState): Promise<void> {
	return session.set({ [`${PREFIX}${state.report.tabId}`]: state });
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
