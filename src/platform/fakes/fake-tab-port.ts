/** Tabs in memory for unit tests: open, navigate, switch and close them, and their events fire. */
import type { TabInfo, TabPort } from "../tab-port.ts";

export interface FakeTab extends TabInfo {
	/** Frame URLs after the top-level one. */
	frames: string[];
}

export interface FakeTabPort extends TabPort {
	/** The tabs reloaded, in order. */
	reloads: number[];
	open(tab: Partial<FakeTab> & { id: number; url: string }): void;
	navigate(tabId: number, url: string, frames?: string[]): void;
	activate(tabId: number): void;
	close(tabId: number): void;
}

type Listener = (tabId: number) => void;

export function createFakeTabPort(): FakeTabPort {
	const tabs = new Map<number, FakeTab>();
	const listeners = { navigated: [] as Listener[], activated: [] as Listener[], removed: [] as Listener[] };
	const emit = (kind: keyof typeof listeners, tabId: number) => {
		for (const l of listeners[kind]) l(tabId);
	};
	const must = (tabId: number): FakeTab => {
		const tab = tabs.get(tabId);
		if (!tab) throw new Error(`No tab with id: ${tabId}.`);
		return tab;
	};
	return {
		async get(tabId) {
			const { frames: _frames, ...info } = must(tabId);
			return info;
		},
		async frameUrls(tabId) {
			const tab = must(tabId);
			return [tab.url, ...tab.frames];
		},
		allTabIds: async () => [...tabs.keys()],
		onNavigated: (l) => listeners.navigated.push(l),
		onActivated: (l) => listeners.activated.push(l),
		onRemoved: (l) => listeners.removed.push(l),
		reloads: [],
		async reload(tabId, url) {
			const tab = must(tabId);
			this.reloads.push(tabId);
			if (url !== undefined && url !== tab.url) this.navigate(tabId, url);
		},
		open(tab) {
			tabs.set(tab.id, { storeId: "0", incognito: false, frames: [], ...tab });
			emit("navigated", tab.id);
		},
		navigate(tabId, url, frames = []) {
			tabs.set(tabId, { ...must(tabId), url, frames });
			emit("navigated", tabId);
		},
		activate(tabId) {
			must(tabId);
			emit("activated", tabId);
		},
		close(tabId) {
			must(tabId);
			tabs.delete(tabId);
			emit("removed", tabId);
		},
	};
}
