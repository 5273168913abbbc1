/**
 * The observer's one queue and its writes (observer.ts): events are handled one at a time, in arrival
 * order, in memory; `storage.session` gets their state at most SAVE_DELAY_MS later, in one write for
 * however many came meanwhile (a page that sets 2,000 cookies is 2,000 events, and one write of the whole
 * timeline each made the popup wait seconds), and before any report reads it (`flush`).
 */
import type { ObservationStore } from "./observation-store.ts";

/** How long events may wait in memory before their state is written to `storage.session`. */
const SAVE_DELAY_MS = 250;

export interface SaveQueue {
	/** Runs the job after every job queued before it; a failed job is logged and the queue goes on. */
	run<T>(job: () => Promise<T>): Promise<T>;
	/** The shared state (no tab) or a tab's log changed: written once, SAVE_DELAY_MS from the first change. */
	saveSoon(tabId?: number): void;
	/** The shared state changed; written by the next `flush` (or the scheduled one). */
	markShared(): void;
	/** Writes what changed now. Call it inside a job. */
	flush(): Promise<void>;
	/** The tab is gone: its log is not written again. */
	dropTab(tabId: number): void;
}

export function createSaveQueue(store: ObservationStore): SaveQueue {
	let queue: Promise<unknown> = Promise.resolve();
	let sharedDirty = false;
	const dirtyTabs = new Set<number>();
	let saveScheduled = false;
	const run = <T>(job: () => Promise<T>): Promise<T> => {
		const next = queue.then(job);
		queue = next.catch((error: unknown) => console.error("Session Hygiene: observation failed", error));
		return next;
	};
	const flush = async () => {
		if (sharedDirty) {
			sharedDirty = false;
			await store.saveShared();
		}
		for (const tabId of [...dirtyTabs]) {
			dirtyTabs.delete(tabId);
			await store.saveTabLog(tabId);
		}
	};
	return {
		run,
		flush,
		markShared: () => {
			sharedDirty = true;
		},
		dropTab: (tabId) => void dirtyTabs.delete(tabId),
		saveSoon(tabId) {
			if (tabId === undefined) sharedDirty = true;
			else dirtyTabs.add(tabId);
			if (saveScheduled) return;
			saveScheduled = true;
			setTimeout(() => {
				saveScheduled = false;
				void run(flush);
			}, SAVE_DELAY_MS);
		},
	};
}
