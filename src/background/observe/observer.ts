/**
 * Watches what the responses say and who changes the jar (docs/design.md, "Version 2"): every response
 * of a tab's documents and their fetch/XHR is evaluated with the running browser's profile, masked and
 * hashed (redact-response.ts) and logged for its tab; every jar change is attributed to a response, a
 * page script or the browser (match-jar-change.ts) and written to the site's timeline. Changes the
 * background made itself are left out (own-writes.ts); sign-ins and the user's sign-in tests are kept by
 * sign-ins.ts. Events are handled one at a time and written to
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
import type { SignInRecord } from "../../core/sign-in/sign-in-record.ts";
import { siteOf } from "../../core/site/site-key.ts";
import type { CookieChange } from "../../platform/cookie-port.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import type { PasswordRequest, TabResponse } from "../../platform/web-request-port.ts";
import { fingerprint, loadSessionSecret, type SessionSecret } from "../stores/session-secret.ts";
import { createObservationStore } from "./observation-store.ts";
import type { OwnWrites } from "./own-writes.ts";
import { createSaveQueue } from "./save-queue.ts";
import { createSignIns, type TestTarget } from "./sign-ins.ts";

export type { TestTarget } from "./sign-ins.ts";

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

const unchanged = (hash: string): string => hash;

export function createObserver(deps: ObserverDeps): Observer {
	const store = createObservationStore(deps.session);
	let secret: Promise<SessionSecret> | undefined;
	const queue = createSaveQueue(store);
	const { run, saveSoon, flush, markShared, dropTab } = queue;
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
	const onResponse = async (tabResponse: TabResponse, receivedMs: number) => {
		await signIns.answer(tabResponse);
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
	const signIns = createSignIns({
		store,
		queue,
		record,
		nowMs: deps.nowMs,
		attributed: deps.attributed,
		siteJar: deps.siteJar,
		storeOf: deps.storeOf,
	});
	return {
		response(response) {
			const receivedMs = deps.nowMs();
			void run(() => onResponse(response, receivedMs));
		},
		passwordRequest: (request) => void run(() => signIns.passwordRequest(request)),
		startTest: (target, roles) => run(() => signIns.startTest(target, roles)),
		finishTest: (target) => run(() => signIns.finishTest(target)),
		cancelTest: (target) => run(() => signIns.cancelTest(target)),
		lastTest: (target) => run(() => signIns.lastTest(target)),
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
				await signIns.settleDue();
				// What a report shows is in storage.session too, as a stopped background would find it.
				await flush();
				const shared = await store.shared();
				return { log: await store.tabLog(tabId), timeline: shared.timeline, signIns: shared.signIns ?? [] };
			}),
	};
}
