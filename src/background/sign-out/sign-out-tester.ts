/**
 * The sign-out test (docs/protocol.md, "The sign-out test"), a small state machine kept in
 * `storage.session`: `start` saves the site's session cookies; when the timeline shows a response signing
 * them out, the saved session is written back into the same store and partition and the tab loads again
 * the page it showed when the test began; that page's first response says whether the server refused the restored id (replay-answer.ts). An
 * answer that does not settle it waits for the user's word on what the page shows. At the end the jar is
 * put back as the sign-out left it, unless the user keeps the restored session. The background's own
 * writes are never taken for the site's (own-writes.ts).
 */
import { identityKey } from "../../core/cookie.ts";
import { errorMessage } from "../../core/error-message.ts";
import type { BrowserProfile } from "../../core/jar/browser-profiles.ts";
import { observeResponse } from "../../core/observe/response-log.ts";
import { type ReplayResponse, replayAnswer } from "../../core/sign-out/replay-answer.ts";
import { signOutSeen } from "../../core/sign-out/sign-out-seen.ts";
import type { SignOutTestState } from "../../core/sign-out/sign-out-test.ts";
import type { TabResponse } from "../../platform/web-request-port.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteSaved } from "../jar/delete-cookies.ts";
import { findInJar } from "../jar/jar-lookup.ts";
import { writeSaved } from "../jar/restore-cookies.ts";
import { isSessionBound, siteCookies } from "../jar/site-cookies.ts";
import { loadSignOutTests, type SignOutTest, saveSignOutTests, testKey } from "./sign-out-store.ts";

/** How long the reloaded page may take to answer before the user is asked instead. */
export const REPLAY_TIMEOUT_MS = 15_000;

export interface SignOutDeps extends BackgroundDeps {
	profile: BrowserProfile;
	nowMs: () => number;
	/** The site's verdict changed: its tabs' reports are stale. */
	refresh: (site: string) => void;
}

type Target = { tabId: number; site: string };

export interface SignOutTester {
	start(target: Target): Promise<SignOutTestState>;
	get(target: Target): Promise<SignOutTestState>;
	/** The user says what the reloaded page shows, and whether to keep the restored session. */
	confirm(target: Target, answer: { signedIn: boolean; keep: boolean }): Promise<SignOutTestState>;
	/** Drops the site's test; a restored session is put back first. */
	cancel(target: Target): Promise<SignOutTestState>;
	/** The timeline of these sites changed: a waiting test may see its sign-out. */
	attributed(sites: readonly string[]): void;
	/** A response of some tab: the reload's answer, for a replaying test of that tab. */
	response(response: TabResponse): void;
}

const seconds = (ms: number | undefined) => (ms === undefined ? undefined : Math.floor(ms / 1000));

function stateOf(site: string, test: SignOutTest | undefined): SignOutTestState {
	if (!test) return { site };
	const state: SignOutTestState = {
		site,
		phase: test.phase,
		cookies: test.saved.filter((s) => s.report.role === "session").map((s) => s.cookie.name),
	};
	const times = { startedAt: seconds(test.startedMs), signedOutAt: seconds(test.signedOutMs) };
	for (const [key, value] of Object.entries(times))
		if (value !== undefined) Object.assign(state, { [key]: value });
	if (test.signedOutBy) state.signedOutBy = test.signedOutBy;
	if (test.answer) state.answer = test.answer;
	if (test.replay) state.replay = test.replay;
	if (test.verdict) state.verdict = test.verdict;
	if (test.putBack !== undefined) state.putBack = test.putBack;
	if (test.problems?.length) state.problems = test.problems;
	return state;
}

const pathOf = (url: string) => {
	try {
		return new URL(url).pathname;
	} catch {
		return url;
	}
};

const withoutFragment = (url: string) => url.replace(/#.*$/s, "");

/** What the response's Set-Cookie did to the restored cookies: the strongest effect of any. */
function restoredEffect(
	test: SignOutTest,
	response: TabResponse,
	profile: BrowserProfile,
): ReplayResponse["restored"] {
	const { tabId: _, requestId: __, type: ___, ...details } = response;
	const seen = observeResponse(details, profile);
	let effect: ReplayResponse["restored"] = "untouched";
	for (const { outcome } of seen?.setCookies ?? []) {
		if (outcome.status === "rejected") continue;
		const saved = test.saved.find(
			(s) => s.cookie.name === outcome.cookie.name && s.cookie.path === outcome.cookie.path,
		);
		if (saved?.report.role !== "session") continue;
		if (outcome.status === "deleted") return "deleted";
		if (outcome.cookie.value !== saved.cookie.value) return "replaced";
		effect = "same";
	}
	return effect;
}

/** The sign-out's own navigation is given up to 5 s (50 × 100 ms) to finish before the restore. */
const SETTLE_POLLS = 50;
const SETTLE_POLL_MS = 100;

export function createSignOutTester(deps: SignOutDeps): SignOutTester {
	let queue: Promise<unknown> = Promise.resolve();
	/** One job at a time; a message's job rejects to its caller, an event's is logged. */
	const run = <T>(job: () => Promise<T>): Promise<T> => {
		const next = queue.then(job);
		queue = next.catch(() => undefined);
		return next;
	};
	const runEvent = (job: () => Promise<unknown>) =>
		void run(job).catch((error: unknown) => console.error("Session Hygiene: sign-out test failed", error));
	const keyOf = async ({ tabId, site }: Target) => testKey(site, (await deps.tabs.get(tabId)).storeId);
	const update = async (key: string, change: (test: SignOutTest) => void | Promise<void>) => {
		const tests = await loadSignOutTests(deps.session);
		const test = tests[key];
		if (!test) return undefined;
		await change(test);
		await saveSignOutTests(deps.session, tests);
		return test;
	};

	/** Writes the jar back as the sign-out left it: the saved "after" copies, and no restored one. */
	const putBack = async (test: SignOutTest) => {
		const problems: string[] = [];
		for (const saved of test.saved) {
			const key = identityKey(saved.cookie);
			const after = test.after?.find((a) => identityKey(a.cookie) === key);
			const result = after ? await writeSaved(deps, after) : await removeIfThere(saved);
			if (result && result.status === "failed")
				problems.push(`${saved.cookie.name}: ${result.reason ?? "failed"}`);
		}
		test.putBack = true;
		if (problems.length) test.problems = problems;
	};
	const removeIfThere = async (saved: SignOutTest["saved"][number]) => {
		const stored = await findInJar(deps.cookies, saved.cookie);
		return stored ? deleteSaved(deps, { cookie: stored, report: saved.report }) : undefined;
	};

	/**
	 * The sign-out is seen at its first response, while its navigation goes on: a redirect to the sign-in
	 * page, which often sets a new anonymous session. Restoring before that page has answered would let
	 * its Set-Cookie replace the restored session, and the replay would test the anonymous one.
	 */
	const navigationDone = async (tabId: number) => {
		for (let i = 0; i < SETTLE_POLLS; i++) {
			const tab = await deps.tabs.get(tabId).catch(() => undefined);
			if (!tab?.loading) return;
			await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
		}
	};

	const replay = async (key: string, signedOut: { timeMs: number; by: string }) => {
		const waiting = (await loadSignOutTests(deps.session))[key];
		if (waiting) await navigationDone(waiting.tabId);
		await update(key, async (test) => {
			test.phase = "replaying";
			test.signedOutMs = signedOut.timeMs;
			test.signedOutBy = signedOut.by;
			const after = await Promise.all(test.saved.map((s) => findInJar(deps.cookies, s.cookie)));
			test.after = after.flatMap((cookie, i) => {
				const report = test.saved[i]?.report;
				return cookie && report ? [{ cookie, report }] : [];
			});
			const problems: string[] = [];
			for (const saved of test.saved) {
				const result = await writeSaved(deps, saved);
				if (result.status === "failed") problems.push(`${saved.cookie.name}: ${result.reason ?? "failed"}`);
			}
			if (problems.length) test.problems = problems;
			test.replayMs = deps.nowMs();
		});
		const test = (await loadSignOutTests(deps.session))[key];
		if (!test) return;
		setTimeout(() => runEvent(() => timeOut(key, test.replayMs ?? 0)), REPLAY_TIMEOUT_MS);
		// The signed-in page, not where the sign-out led (often the sign-in form, which every server shows):
		// a protected page is what tells a restored session that still works from a revoked one.
		await deps.tabs.reload(test.tabId, test.pageUrl).catch((error: unknown) =>
			update(key, (t) => {
				t.phase = "confirm";
				t.replay = "unclear";
				t.problems = [...(t.problems ?? []), `The tab could not be reloaded: ${errorMessage(error)}`];
			}),
		);
	};
	const timeOut = (key: string, replayMs: number) =>
		update(key, (test) => {
			if (test.phase !== "replaying" || test.replayMs !== replayMs) return;
			test.phase = "confirm";
			test.replay = "unclear";
		});

	const checkSignOut = async (sites: readonly string[]) => {
		const tests = await loadSignOutTests(deps.session);
		for (const [key, test] of Object.entries(tests)) {
			if (test.phase !== "waiting" || !sites.includes(test.site)) continue;
			const { timeline } = await deps.observed(test.tabId);
			const events = Object.hasOwn(timeline.bySite, test.site) ? (timeline.bySite[test.site] ?? []) : [];
			const sessions = test.saved.filter((s) => s.report.role === "session").map((s) => s.cookie);
			const seen = signOutSeen(events, sessions, test.startedMs);
			if (seen) await replay(key, seen);
		}
	};

	const answered = async (response: TabResponse) => {
		if (response.type !== "main_frame") return;
		const tests = await loadSignOutTests(deps.session);
		for (const [key, test] of Object.entries(tests)) {
			if (test.phase !== "replaying" || test.tabId !== response.tabId) continue;
			if (response.timeStamp < (test.replayMs ?? 0)) continue;
			// The page the sign-out led to may still be loading when the restore is done: its answer is
			// not the restored session's.
			if (test.pageUrl !== undefined && withoutFragment(response.url) !== withoutFragment(test.pageUrl))
				continue;
			const location = response.responseHeaders?.find((h) => h.name.toLowerCase() === "location")?.value;
			const answer = replayAnswer({
				url: response.url,
				status: response.statusCode,
				restored: restoredEffect(test, response, deps.profile),
				...(location === undefined ? {} : { location }),
			});
			await update(key, async (t) => {
				t.answer = `${response.method} ${pathOf(response.url)} ${response.statusCode}`;
				t.replay = answer;
				if (answer === "revoked") {
					t.verdict = "revoked";
					t.phase = "done";
					await putBack(t);
				} else t.phase = "confirm";
			});
		}
	};

	return {
		start: (target) =>
			run(async () => {
				const cookies = (await siteCookies(deps, target.tabId, target.site)).filter(isSessionBound);
				if (!cookies.some((c) => c.report.role === "session")) {
					throw new Error(
						`${target.site} has no session cookie in this tab's jar: sign in first, then test the sign-out.`,
					);
				}
				const { storeId, url } = await deps.tabs.get(target.tabId);
				const tests = await loadSignOutTests(deps.session);
				const test: SignOutTest = {
					site: target.site,
					storeId,
					tabId: target.tabId,
					phase: "waiting",
					startedMs: deps.nowMs(),
					saved: cookies,
					...(/^https?:/i.test(url) ? { pageUrl: url } : {}),
				};
				tests[testKey(target.site, storeId)] = test;
				await saveSignOutTests(deps.session, tests);
				return stateOf(target.site, test);
			}),
		get: (target) =>
			run(async () => stateOf(target.site, (await loadSignOutTests(deps.session))[await keyOf(target)])),
		confirm: (target, { signedIn, keep }) =>
			run(async () => {
				const key = await keyOf(target);
				const test = await update(key, async (t) => {
					if (t.phase !== "confirm") {
						throw new Error("The sign-out test is not waiting for your answer: start it again.");
					}
					t.verdict = signedIn ? "not-revoked" : "revoked";
					t.phase = "done";
					if (keep) t.putBack = false;
					else await putBack(t);
				});
				if (!test) throw new Error(`No sign-out test on ${target.site}: start one first.`);
				deps.refresh(target.site);
				return stateOf(target.site, test);
			}),
		cancel: (target) =>
			run(async () => {
				const key = await keyOf(target);
				const tests = await loadSignOutTests(deps.session);
				const test = tests[key];
				if (test && (test.phase === "replaying" || test.phase === "confirm")) await putBack(test);
				delete tests[key];
				await saveSignOutTests(deps.session, tests);
				return { site: target.site };
			}),
		attributed: (sites) => runEvent(() => checkSignOut(sites)),
		response: (response) => runEvent(() => answered(response)),
	};
}
