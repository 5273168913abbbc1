/**
 * What the observation keeps in `storage.session` (docs/design.md, "Privacy": observed headers and
 * timelines live only there, gone when the browser closes; values only masked or as keyed hashes):
 * each tab's response log under `observed:<tabId>`, and under `observation` the pending matches of jar
 * changes, the per-site timeline and the sign-ins seen. A cache in memory saves the reads; only the observer writes these
 * keys, so the cache stays true for as long as the background runs.
 */
import { type ChangeMatcher, createChangeMatcher } from "../../core/observe/match-jar-change.ts";
import { createResponseLog, type ResponseLog } from "../../core/observe/response-log.ts";
import { createTimeline, type Timeline } from "../../core/observe/timeline.ts";
import type { SignInRecord } from "../../core/sign-in/sign-in-record.ts";
import type { StoragePort } from "../../platform/storage-port.ts";

const TAB_PREFIX = "observed:";
const SHARED = "observation";

export interface SharedObservation {
	matcher: ChangeMatcher;
	timeline: Timeline;
	/** Absent in what a version before sign-ins stored. */
	signIns?: SignInRecord[];
}

export interface ObservationStore {
	shared(): Promise<SharedObservation>;
	saveShared(): Promise<void>;
	tabLog(tabId: number): Promise<ResponseLog>;
	saveTabLog(tabId: number): Promise<void>;
	forgetTab(tabId: number): Promise<void>;
}

export function createObservationStore(session: StoragePort): ObservationStore {
	let shared: SharedObservation | undefined;
	const logs = new Map<number, ResponseLog>();
	return {
		async shared() {
			shared ??= (await session.get<SharedObservation>(SHARED)) ?? {
				matcher: createChangeMatcher(),
				timeline: createTimeline(),
			};
			return shared;
		},
		async saveShared() {
			if (shared) await session.set({ [SHARED]: shared });
		},
		async tabLog(tabId) {
			let log = logs.get(tabId);
			if (!log) {
				log = (await session.get<ResponseLog>(`${TAB_PREFIX}${tabId}`)) ?? createResponseLog();
				logs.set(tabId, log);
			}
			return log;
		},
		async saveTabLog(tabId) {
			const log = logs.get(tabId);
			if (log) await session.set({ [`${TAB_PREFIX}${tabId}`]: log });
		},
		async forgetTab(tabId) {
			logs.delete(tabId);
			await session.remove([`${TAB_PREFIX}${tabId}`]);
		},
	};
}
