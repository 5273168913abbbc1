/**
 * Runs each time the background starts: at browser start, after install, and every time a stopped
 * service worker (Chrome) or suspended event page (Firefox) wakes for an event. Only the first start in a
 * browser session refreshes every tab; later ones finish what the stopped background left pending.
 */
import type { BackgroundDeps } from "./deps.ts";
import { startResume } from "./jar/resume-interrupted.ts";
import type { RefreshScheduler } from "./tab-reports/refresh-scheduler.ts";

const KEY = "background";

export interface BackgroundStarts {
	/** How often the background has started in this browser session. */
	starts: number;
	/** Epoch seconds. */
	lastStartedAt: number;
}

export async function onBackgroundStart(deps: BackgroundDeps, scheduler: RefreshScheduler): Promise<void> {
	// Synchronously, before any message handler can begin a new action.
	const resumed = startResume(deps);
	const previous = await deps.session.get<BackgroundStarts>(KEY);
	await deps.session.set({ [KEY]: { starts: (previous?.starts ?? 0) + 1, lastStartedAt: deps.now() } });
	await resumed;
	if (previous) await scheduler.resume();
	else scheduler.allTabs();
}
