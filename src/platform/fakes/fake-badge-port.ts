/** The badge in memory, for unit tests: what each tab would show. */
import type { BadgePort, BadgeState } from "../badge-port.ts";

export interface FakeBadgePort extends BadgePort {
	/** What the tab shows; undefined when nothing was set for it. */
	shown(tabId: number): BadgeState | undefined;
}

export function createFakeBadgePort(): FakeBadgePort {
	const states = new Map<number, BadgeState>();
	return {
		async show(tabId, state) {
			states.set(tabId, { ...state });
		},
		shown: (tabId) => states.get(tabId),
	};
}
