/**
 * Coalesces what makes tab reports stale (cookie changes, navigation, tab switches) into one refresh per
 * tab: a page that sets fifty cookies costs one recomputation, not fifty. What is pending is mirrored in
 * `storage.session`, so a worker stopped before its timer fired finishes the job when it wakes.
 */
import type { BackgroundDeps } from "../deps.ts";
import { allTabStates } from "../stores/tab-state-store.ts";
import { createPendingSet, isEmptyWork, type PendingWork } from "./pending-work.ts";
import { createQuietTimer, type SchedulerTiming } from "./quiet-timer.ts";
import { refreshTabQuietly } from "./refresh-tab.ts";

export type { SchedulerTiming } from "./quiet-timer.ts";

const KEY = "pending";

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

/** The tabs a piece of work concerns: those named, and those showing (in any frame) a changed site. */
async function refreshAffected(deps: BackgroundDeps, work: PendingWork): Promise<void> {
	const tabs = new Set(work.tabs);
	for (const state of await allTabStates(deps.session)) {
		if (work.all || state.frameSites.some((s) => work.sites.includes(s))) tabs.add(state.tabId);
	}
	if (work.all) for (const id of await deps.tabs.allTabIds()) tabs.add(id);
	for (const tabId of tabs) await refreshTabQuietly(deps, tabId);
}

export function createRefreshScheduler(
	deps: BackgroundDeps,
	timing: SchedulerTiming = { delayMs: 250, maxWaitMs: 1000 },
): RefreshScheduler {
	const pending = createPendingSet();
	let writes = Promise.resolve();
	let running = Promise.resolve();
	const persist = () => {
		const snapshot = pending.snapshot();
		writes = writes.then(() => deps.session.set({ [KEY]: snapshot })).catch(() => undefined);
	};
	const flush = () => {
		timer.cancel();
		const work = pending.take();
		persist();
		running = running.then(() => refreshAffected(deps, work)).catch(() => undefined);
		return running;
	};
	const timer = createQuietTimer(timing, () => void flush());
	const add = (work: Partial<PendingWork>) => {
		if (pending.add(work)) persist();
		timer.poke();
	};
	return {
		cookieChanged: (site) => add({ sites: [site] }),
		tabChanged: (tabId) => add({ tabs: [tabId] }),
		allTabs: () => add({ all: true }),
		async resume() {
			const left = await deps.session.get<PendingWork>(KEY);
			if (left && !isEmptyWork(left)) add(left);
		},
		flush,
	};
}
