/**
 * Watches what the responses say and who changes the jar (docs/design.md, "Version 2"): every response
 * of a tab's documents and their fetch/XHR is evaluated with the running browser's profile, masked and
 * hashed (redact-response.ts) and logged for its tab; every jar change is attributed to a response, a
 * page script or the browser (match-jar-change.ts) and written to the site's timeline. Changes the
 * background made itself are left out (own-writes.ts). Events are handled one at a time and written to
 * `storage.session` a moment later, in one write for many (save-queue.ts). A background stopped within
 * that delay loses those events only: browsers stop an idle background after about 30 seconds
 * (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle), never one
 * that is handling events.
 */
import type { Cookie, CookieIdentity } from "../../core/cookie.ts";
import type { BrowserProfile } from "../../core/jar/browser-profiles.ts";
import {
	type Attribution,
	expire,
	type JarChange,
	matchChange,
	matchResponse,
} from "../../core/observe/match-jar-change.ts";
import { redactResponse, setCookieValues } from "../../core/observe/redact-response.ts";
import {
	addResponse,
	addsNothing,
	observeResponse,
	type ResponseLog,
} from "../../core/observe/response-log.ts";
import { addEvent, clearTimeline, type Timeline } from "../../core/observe/timeline.ts";
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
import type { CookieChange } from "../../platform/cookie-port.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import type { PasswordRequest, TabResponse } from "../../platform/web-request-port.ts";
import { fingerprint, loadSessionSecret, type SessionSecret } from "../stores/session-secret.ts";
import { createObservationStore } from "./observation-store.ts";
import type { OwnWrites } from "./own-writes.ts";
import { createSaveQueue } from "./save-queue.ts";

const SECRET = "observationSecret";

export interface ObserverDeps {
	session: StoragePort;
	profile: BrowserProfile;
	own: OwnWrites;
	/** Epoch milliseconds. */
	nowMs: () => number;
	/** Writers of these sites' cookies became known: their tabs' reports are stale. */
	attributed: (sites: string[]) => void;
	/** The site's cookies in the store now, every partition (a sign-in's untouched cookies). */
	siteJar: (site: string, storeId: string | undefined) => Promise<CookieIdentity[]>;
	/** The cookie store of a tab. */
	storeOf: (tabId: number) => Promise<string | undefined>;
}

/** A tab's response log and the timeline of every site, as kept in `storage.session`. */
export interface ObservedTab {
	log: ResponseLog;
	timeline: Timeline;
	/** Every site's sign-ins, the settled ones with their outcomes. */
	signIns: SignInRecord[];
}

/** A sign-in test to start or finish: the site, in the tab's store. */
export interface TestTarget {
	site: string;
	storeId: string | undefined;
}

export interface Observer {
	response(response: TabResponse): void;
	cookieChanged(change: CookieChange): void;
	tabRemoved(tabId: number): void;
	/** Forgets the site's timeline: the user cleared the site's cookies. */
	forgetSite(site: string): Promise<void>;
	/** A request carried a password: a sign-in, whose window opens now. */
	passwordRequest(request: PasswordRequest): void;
	/** The tab's response log and the timeline, once every event that arrived before is handled. */
	forTab(tabId: number): Promise<ObservedTab>;
	/** The user's sign-in test begins now; one per site and store, a new one replaces it. */
	startTest(target: TestTarget, roles: Record<string, Role>): Promise<SignInRecord>;
	/** Ends the site's running test now and settles it; undefined when none runs. */
	finishTest(target: TestTarget): Promise<SignInRecord | undefined>;
	/** Drops the site's running test; true when one ran. */
	cancelTest(target: TestTarget): Promise<boolean>;
	/** The site's running test, else its latest finished one. */
	lastTest(target: TestTarget): Promise<SignInRecord | undefined>;
}

const isTestOf = (record: SignInRecord, { site, storeId }: TestTarget) =>
	record.source === "test" && record.site === site && (record.storeId ?? "") === (storeId ?? "");

const unchanged = (hash: string): string => hash;

export function createObserver(deps: ObserverDeps): Observer {
	const store = createObservationStore(deps.session);
	let secret: Promise<SessionSecret> | undefined;
	const { run, saveSoon, flush, markShared, dropTab } = createSaveQueue(store);
	const hashes = async (values: readonly string[]) => {
		secret ??= loadSessionSecret(deps.session, SECRET);
		const key = await secret;
		const byValue = new Map<string, string>();
		for (const v of values) if (!byValue.has(v)) byValue.set(v, await fingerprint(key, v));
		return (v: string) => byValue.get(v) ?? "";
	};
	const record = async (attributions: Attribution[]) => {
		const { timeline } = await store.shared();
		for (const a of attributions) addEvent(timeline, a, unchanged);
		if (attributions.length > 0)
			deps.attributed([...new Set(attributions.map((a) => siteOf(a.change.cookie.domain)))]);
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	const expireLater = (windowMs: number) => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(expirePending), windowMs + 100);
	};
	const expirePending = async () => {
		const shared = await store.shared();
		const expired = expire(shared.matcher, deps.nowMs());
		await record(expired);
		if (shared.matcher.pending.length > 0) expireLater(shared.matcher.windowMs);
		if (expired.length > 0) saveSoon();
	};
	const signIns = async () => {
		const shared = await store.shared();
		shared.signIns ??= [];
		return shared.signIns;
	};
	let settleTimer: ReturnType<typeof setTimeout> | undefined;
	const settleLater = (delayMs: number) => {
		clearTimeout(settleTimer);
		settleTimer = setTimeout(() => void run(settleDue), delayMs + 50);
	};
	/** Settles every sign-in whose window has closed; the sites' reports are stale then. */
	const settleDue = async () => {
		const now = deps.nowMs();
		const { timeline, matcher } = await store.shared();
		const settled: string[] = [];
		for (const record of await signIns()) {
			if (!isDue(record, now)) continue;
			// A change still waiting for its writer is not in the timeline yet: its cookie would read as
			// untouched, so kept. Settled once it is attributed.
			if (matcher.pending.some((c) => siteOf(c.cookie.domain) === record.site)) {
				settleLater(matcher.windowMs);
				continue;
			}
			const events = Object.hasOwn(timeline.bySite, record.site) ? (timeline.bySite[record.site] ?? []) : [];
			settleSignIn(record, events, await deps.siteJar(record.site, record.storeId));
			settled.push(record.site);
		}
		if (settled.length === 0) return;
		markShared();
		saveSoon();
		deps.attributed([...new Set(settled)]);
	};
	const onPasswordRequest = async (request: PasswordRequest) => {
		let host: string;
		try {
			host = new URL(request.url).hostname;
		} catch {
			return;
		}
		const storeId = request.storeId ?? (request.tabId < 0 ? undefined : await deps.storeOf(request.tabId));
		const url = request.url.replace(/[?#].*$/s, "");
		addSignIn(await signIns(), {
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
		saveSoon();
	};
	/** The first response to a sign-in's request (a redirect hop has the same id) tells how it went. */
	const answerSignIn = async (response: TabResponse) => {
		if (response.type === "main_frame") {
			const page = { tabId: response.tabId, url: response.url, timeMs: response.timeStamp };
			for (const record of await signIns()) if (noteNavigation(record, page)) saveSoon();
		}
		if (response.requestId === undefined) return;
		const record = (await signIns()).find(
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
		saveSoon();
		if (record.result === "succeeded") settleLater(SETTLE_MS);
	};
	const onResponse = async (tabResponse: TabResponse, receivedMs: number) => {
		await answerSignIn(tabResponse);
		const { tabId, requestId: _, type: __, ...details } = tabResponse;
		const seen = observeResponse(details, deps.profile);
		if (!seen) return;
		const response = redactResponse(seen, await hashes(setCookieValues(seen)));
		// A response outside any tab (a page's service worker fetched it) belongs to no tab's report, but
		// its Set-Cookie still explains a jar change, which would otherwise be taken for a script's.
		const log = tabId < 0 ? undefined : await store.tabLog(tabId);
		if (log && !addsNothing(log, response)) {
			addResponse(log, response);
			saveSoon(tabId);
		}
		// Each event at the time it arrived: the job may run a while after it (the queue, a waking worker).
		// Arrival, not the response's timeStamp, is what a change's time is comparable with
		// (match-jar-change.ts).
		const shared = await store.shared();
		const attributions = [
			...expire(shared.matcher, receivedMs),
			...matchResponse(shared.matcher, response, receivedMs),
		];
		await record(attributions);
		// Nothing left to wait for: no timer wakes an idle background to expire nothing.
		if (shared.matcher.pending.length === 0) clearTimeout(timer);
		if (attributions.length > 0 || response.setCookies.length > 0) saveSoon();
	};
	const onChange = async (change: CookieChange, timeMs: number) => {
		const hash = await hashes([change.cookie.value]);
		const cookie: Cookie = { ...change.cookie, value: hash(change.cookie.value) };
		const jarChange: JarChange = { cookie, removed: change.removed, cause: change.cause, timeMs };
		const shared = await store.shared();
		const attributed = expire(shared.matcher, timeMs);
		const now = matchChange(shared.matcher, jarChange);
		await record(now ? [...attributed, now] : attributed);
		if (!now) expireLater(shared.matcher.windowMs);
		saveSoon();
	};
	const testOf = async (target: TestTarget) => (await signIns()).filter((r) => isTestOf(r, target));
	return {
		response(response) {
			const receivedMs = deps.nowMs();
			void run(() => onResponse(response, receivedMs));
		},
		passwordRequest: (request) => void run(() => onPasswordRequest(request)),
		startTest: (target, roles) =>
			run(async () => {
				const records = await signIns();
				const running = records.findIndex((r) => isTestOf(r, target) && r.endMs === undefined);
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
				markShared();
				await flush();
				return record;
			}),
		finishTest: (target) =>
			run(async () => {
				const test = (await testOf(target)).find((r) => r.endMs === undefined);
				if (!test) return undefined;
				// Changes still waiting for their response are attributed first: they belong in the window.
				const shared = await store.shared();
				const now = deps.nowMs();
				await record(expire(shared.matcher, now + shared.matcher.windowMs + 1));
				test.endMs = now;
				test.result = "succeeded";
				const events = Object.hasOwn(shared.timeline.bySite, target.site)
					? (shared.timeline.bySite[target.site] ?? [])
					: [];
				settleSignIn(test, events, await deps.siteJar(target.site, target.storeId));
				markShared();
				await flush();
				deps.attributed([target.site]);
				return test;
			}),
		cancelTest: (target) =>
			run(async () => {
				const records = await signIns();
				const running = records.findIndex((r) => isTestOf(r, target) && r.endMs === undefined);
				if (running < 0) return false;
				records.splice(running, 1);
				markShared();
				await flush();
				return true;
			}),
		lastTest: (target) => run(async () => (await testOf(target)).at(-1)),
		cookieChanged(change) {
			const timeMs = deps.nowMs();
			// Checked at once: the action that wrote it is still running (own-writes.ts).
			if (deps.own.isOwn(change, timeMs)) return;
			void run(() => onChange(change, timeMs));
		},
		tabRemoved: (tabId) =>
			void run(() => {
				dropTab(tabId);
				return store.forgetTab(tabId);
			}),
		forgetSite: (site) =>
			run(async () => {
				clearTimeline((await store.shared()).timeline, site);
				markShared();
				await flush();
			}),
		forTab: (tabId) =>
			run(async () => {
				await settleDue();
				// What a report shows is in storage.session too, as a stopped background would find it.
				await flush();
				const shared = await store.shared();
				return { log: await store.tabLog(tabId), timeline: shared.timeline, signIns: shared.signIns ?? [] };
			}),
	};
}
