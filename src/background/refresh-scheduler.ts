/**
 * Coalesces what makes tab reports stale (cookie changes, navigation, tab switches) into one refresh per
 * tab: a page that sets fifty cookies costs one recomputation, not fifty. What is pending is mirrored in
 * `storage.session`, so a worker stopped before its timer fired finishes the job when it wakes.
 */
import type { BackgroundDeps } from "./deps.ts";
import { refreshTabQuietly } from "./refresh-tab.ts";
import { allTabStates } from "./tab-state-store.ts";

const KEY = "pending";

interface Pending {
	sites: string[];
	tabs: number[];
	all: boolean;
}

export interface RefreshScheduler {
	/** A cookie of this site (registrable domain) changed. */
	cookieChanged(site: string): void;
	tabChanged(tabId: number): void;
	/** Every open tab, as after a settings change or at the start of a browser session. */
	allTabs(): void;
	/** Picks up what a stopped background left pending. */
	resume(): Promise<void>;
	/** Runs the pending refreshes now instead of at the end of the quiet period. */
	flush(): Promise<void>;
}

export interface SchedulerTiming {
	/** Quiet period after the last change. */
	delayMs: number;
	/** Longest wait after the first change, so a steady stream of changes cannot starve the refresh. */
	maxWaitMs: number;
}

export function createRefreshScheduler(
	deps: BackgroundDeps,
	timing: SchedulerTiming = { delayMs: 250, maxWaitMs: 1000 },
): RefreshScheduler {
	const pending = { sites: new Set<string>(), tabs: new Set<number>(), all: false };
	let timer: ReturnType<typeof setTimeout> | undefined;
	let firstAt: number | undefined;
	let writes = Promise.resolve();
	let running = Promise.resolve();
	const persist = () => {
		const snapshot: Pending = { sites: [...pending.sites], tabs: [...pending.tabs], all: pending.all };
		writes = writes.then(() => deps.session.set({ [KEY]: snapshot })).catch(() => undefined);
	};
	const schedule = () => {
		const now = Date.now();
		firstAt ??= now;
		clearTimeout(timer);
		timer = setTimeout(
			() => void flush(),
			Math.max(0, Math.min(timing.delayMs, firstAt + timing.maxWaitMs - now)),
		);
	};
	const mark = (grew: boolean) => {
		if (grew) persist();
		schedule();
	};
	const run = async (work: Pending) => {
		const tabs = new Set(work.tabs);
		for (const state of await allTabStates(deps.session)) {
			if (work.all || state.frameSites.some((s) => work.sites.includes(s))) tabs.add(state.report.tabId);
		}
		if (work.all) for (const id of await deps.tabs.allTabIds()) tabs.add(id);
		for (const tabId of tabs) await refreshTabQuietly(deps, tabId);
	};
	const flush = () => {
		clearTimeout(timer);
		timer = undefined;
		firstAt = undefined;
		const work: Pending = { sites: [...pending.sites], tabs: [...pending.tabs], all: pending.all };
		pending.sites.clear();
		pending.tabs.clear();
		pending.all = false;
		persist();
		running = running.then(() => run(work)).catch(() => undefined);
		return running;
	};
	return {
		cookieChanged(site) {
			const grew = !pending.sites.has(site);
			pending.sites.add(site);
			mark(grew);
		},
		tabChanged(tabId) {
			const grew = !pending.tabs.has(tabId);
			pending.tabs.add(tabId);
			mark(grew);
		},
		allTabs() {
			const grew = !pending.all;
			pending.all = true;
			mark(grew);
		},
		async resume() {
			const left = await deps.session.get<Pending>(KEY);
			if (!left || (left.sites.length === 0 && left.tabs.length === 0 && !left.all)) return;
			for (const s of left.sites) pending.sites.add(s);
			for (const t of left.tabs) pending.tabs.add(t);
			pending.all ||= left.all;
			schedule();
		},
		flush,
	};
}
