/**
 * The sign-ins the observer keeps (docs/design.md, "Version 2"): a request that carried a password
 * opens one, the first response to it says how it went, and once its window has closed it is settled
 * against the site's timeline and jar (core/sign-in/sign-in-record.ts); the user's sign-in test is one
 * the user starts and finishes. Every function here runs inside the observer's queue (save-queue.ts).
 */
import type { CookieIdentity } from "../../core/cookie.ts";
import { type Attribution, expire } from "../../core/observe/match-jar-change.ts";
import type { Role } from "../../core/report.ts";
import {
	addSignIn,
	isDue,
	noteNavigation,
	SETTLE_MS,
	type SignInRecord,
	settleSignIn,
} from "../../core/sign-in/sign-in-record.ts";
import { signInResult } from "../../core/sign-in/sign-in-result.ts";
import { siteOf } from "../../core/site/site-key.ts";
import type { PasswordRequest, TabResponse } from "../../platform/web-request-port.ts";
import type { ObservationStore } from "./observation-store.ts";
import type { SaveQueue } from "./save-queue.ts";

/** A sign-in test to start or finish: the site, in the tab's store. */
export interface TestTarget {
	site: string;
	storeId: string | undefined;
}

export interface SignInDeps {
	store: ObservationStore;
	queue: SaveQueue;
	/** Writes attributed jar changes to the timeline (the observer's). */
	record: (attributions: Attribution[]) => Promise<void>;
	/** Epoch milliseconds. */
	nowMs: () => number;
	/** These sites' reports are stale. */
	attributed: (sites: string[]) => void;
	/** The site's cookies in the store now, every partition (a sign-in's untouched cookies). */
	siteJar: (site: string, storeId: string | undefined) => Promise<CookieIdentity[]>;
	/** The cookie store of a tab. */
	storeOf: (tabId: number) => Promise<string | undefined>;
}

export interface SignIns {
	/** A request carried a password: a sign-in, whose window opens now. */
	passwordRequest(request: PasswordRequest): Promise<void>;
	/** A response arrived: a sign-in's page navigated, or its request was answered. */
	answer(response: TabResponse): Promise<void>;
	/** Settles every sign-in whose window has closed; the sites' reports are stale then. */
	settleDue(): Promise<void>;
	startTest(target: TestTarget, roles: Record<string, Role>): Promise<SignInRecord>;
	finishTest(target: TestTarget): Promise<SignInRecord | undefined>;
	cancelTest(target: TestTarget): Promise<boolean>;
	lastTest(target: TestTarget): Promise<SignInRecord | undefined>;
}

const isTestOf = (record: SignInRecord, { site, storeId }: TestTarget) =>
	record.source === "test" && record.site === site && (record.storeId ?? "") === (storeId ?? "");

export function createSignIns(deps: SignInDeps): SignIns {
	const { store, queue } = deps;
	const all = async () => {
		const shared = await store.shared();
		shared.signIns ??= [];
		return shared.signIns;
	};
	const eventsOf = async (site: string) => {
		const { timeline } = await store.shared();
		return Object.hasOwn(timeline.bySite, site) ? (timeline.bySite[site] ?? []) : [];
	};
	let settleTimer: ReturnType<typeof setTimeout> | undefined;
	const settleLater = (delayMs: number) => {
		clearTimeout(settleTimer);
		settleTimer = setTimeout(() => void queue.run(settleDue), delayMs + 50);
	};
	const settleDue = async () => {
		const now = deps.nowMs();
		const { matcher } = await store.shared();
		const settled: string[] = [];
		for (const record of await all()) {
			if (!isDue(record, now)) continue;
			// A change still waiting for its writer is not in the timeline yet: its cookie would read as
			// untouched, so kept. Settled once it is attributed.
			if (matcher.pending.some((c) => siteOf(c.cookie.domain) === record.site)) {
				settleLater(matcher.windowMs);
				continue;
			}
			settleSignIn(record, await eventsOf(record.site), await deps.siteJar(record.site, record.storeId));
			settled.push(record.site);
		}
		if (settled.length === 0) return;
		queue.markShared();
		queue.saveSoon();
		deps.attributed([...new Set(settled)]);
	};
	const passwordRequest = async (request: PasswordRequest) => {
		let host: string;
		try {
			host = new URL(request.url).hostname;
		} catch {
			return;
		}
		const storeId = request.storeId ?? (request.tabId < 0 ? undefined : await deps.storeOf(request.tabId));
		const url = request.url.replace(/[?#].*$/s, "");
		addSignIn(await all(), {
			id: `${request.timeStamp}-${request.requestId}`,
			site: siteOf(host),
			...(storeId === undefined ? {} : { storeId }),
			startMs: request.timeStamp,
			source: "password-field",
			request: {
				requestId: request.requestId,
				method: request.method,
				url,
				field: request.field,
				fromScript: request.fromScript,
				...(request.pageUrl ? { pageUrl: request.pageUrl } : {}),
				...(request.tabId < 0 ? {} : { tabId: request.tabId }),
			},
		});
		queue.saveSoon();
	};
	/** The first response to a sign-in's request (a redirect hop has the same id) tells how it went. */
	const answer = async (response: TabResponse) => {
		if (response.type === "main_frame") {
			const page = { tabId: response.tabId, url: response.url, timeMs: response.timeStamp };
			for (const record of await all()) if (noteNavigation(record, page)) queue.saveSoon();
		}
		if (response.requestId === undefined) return;
		const record = (await all()).find(
			(r) => r.request?.requestId === response.requestId && r.request?.status === undefined,
		);
		const request = record?.request;
		if (!record || !request) return;
		request.status = response.statusCode;
		const headers = response.responseHeaders ?? [];
		const location = headers.find((h) => h.name.toLowerCase() === "location")?.value;
		if (location !== undefined) request.location = location;
		if (headers.some((h) => h.name.toLowerCase() === "set-cookie")) request.setCookie = true;
		record.result = signInResult({
			url: request.url,
			status: response.statusCode,
			fromScript: request.fromScript,
			...(location === undefined ? {} : { location }),
			...(request.pageUrl ? { pageUrl: request.pageUrl } : {}),
		});
		record.endMs = response.timeStamp + SETTLE_MS;
		queue.saveSoon();
		if (record.result === "succeeded") settleLater(SETTLE_MS);
	};
	const runningIndex = (records: SignInRecord[], target: TestTarget) =>
		records.findIndex((r) => isTestOf(r, target) && r.endMs === undefined);
	return {
		passwordRequest,
		answer,
		settleDue,
		async startTest(target, roles) {
			const records = await all();
			const running = runningIndex(records, target);
			if (running >= 0) records.splice(running, 1);
			const startMs = deps.nowMs();
			const record: SignInRecord = {
				id: `test-${startMs}`,
				site: target.site,
				...(target.storeId === undefined ? {} : { storeId: target.storeId }),
				startMs,
				source: "test",
				roles,
			};
			addSignIn(records, record);
			queue.markShared();
			await queue.flush();
			return record;
		},
		async finishTest(target) {
			const test = (await all()).find((r) => isTestOf(r, target) && r.endMs === undefined);
			if (!test) return undefined;
			// Changes still waiting for their response are attributed first: they belong in the window.
			const { matcher } = await store.shared();
			const now = deps.nowMs();
			await deps.record(expire(matcher, now + matcher.windowMs + 1));
			test.endMs = now;
			test.result = "succeeded";
			settleSignIn(test, await eventsOf(target.site), await deps.siteJar(target.site, target.storeId));
			queue.markShared();
			await queue.flush();
			deps.attributed([target.site]);
			return test;
		},
		async cancelTest(target) {
			const records = await all();
			const running = runningIndex(records, target);
			if (running < 0) return false;
			records.splice(running, 1);
			queue.markShared();
			await queue.flush();
			return true;
		},
		lastTest: async (target) => (await all()).filter((r) => isTestOf(r, target)).at(-1),
	};
}
