/**
 * The shared part of the interrupted-action tests (docs/testing.md, "Interrupted actions"): the sign-in,
 * the stop points, and one stop of an action with what the first report after it tells.
 */
import { expect } from "vitest";
import type { Cookie } from "../../../src/core/cookie.ts";
import type { CookieReport } from "../../../src/core/report.ts";
import type { ActionReply } from "../../../src/core/tab-report.ts";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import { type Stopped, stopAtOnce, stopMidAction } from "./stop-mid-action.ts";
import type { World } from "./world.ts";

/** How often one stop point is tried before the test gives up on stopping the action before its end. */
const ATTEMPTS = 6;

export const numbered = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, i) => `${prefix}_${String(i + 1).padStart(2, "0")}`);

/** The fifty session cookies of the sign-in on example.test. */
export const SIDS = numbered("sid", 50);
/** Ten preferences beside them, which only clearSite removes. */
export const PREFS = numbered("pref", 10);

/** Half host-only and half `Domain=`, every third HttpOnly, all Secure, each value its own, as tokens are. */
export const sessionHeaders = (names: readonly string[], domain: string) =>
	names.map((name, i) =>
		[
			`${name}=tok-${name}-7Kq2vX9mR4pT1wZ8`,
			"Path=/",
			"Secure",
			"SameSite=Lax",
			...(i % 2 === 1 ? [`Domain=${domain}`] : []),
			...(i % 3 === 0 ? ["HttpOnly"] : []),
		].join("; "),
	);
export const PREF_HEADERS = PREFS.map((name) => `${name}=dark; Path=/; Secure; SameSite=Lax`);

/** The cookies of these names in the jar, by name (every name is used once). */
export const named = (jar: Cookie[], names: readonly string[]) =>
	jar.filter((c) => names.includes(c.name)).sort((a, b) => (a.name < b.name ? -1 : 1));

/**
 * Stop points: at once (before the journal may be written), then the journal's count of cookies done at
 * which the stop is sent, for an action of `total`.
 */
export const stopPoints = (total: number) => ["at once", 0, 1, Math.floor(total / 2), total - 10] as const;

export interface Interrupted {
	stop: Stopped;
	/** The report's count of cookies done when the background stopped. */
	doneBeforeStop: number;
	interruption: unknown;
}

/** `n` results, all with this status, as an ActionReply lists them. */
export const statuses = (reply: ActionReply) => reply.results.map((r) => r.status);
export const all = (n: number, status: string) => Array.from({ length: n }, () => status);

/** The sign-in and the stops, for one describe block's world; `tabId()` is the signed-in tab. */
export function interruptedScenario(w: World) {
	let tabId = 0;
	const url = (host: string, path: string) => w.site.url(host, path);

	const jar = () => w.api.jar();
	const setCookies = async (host: string, headers: readonly string[]) => {
		await w.page.goto(url(host, `/set?${headers.map((h) => `h=${encodeURIComponent(h)}`).join("&")}`));
	};
	/** Signs in on example.test with the fifty session cookies (again: each is written as a session cookie). */
	async function signIn(): Promise<Cookie[]> {
		await setCookies(APP_HOST, sessionHeaders(SIDS, APP_SITE));
		tabId = await w.api.tabIdOf(url(APP_HOST, "/set"));
		const sids = named(await jar(), SIDS);
		expect(sids.map((c) => c.name)).toEqual(SIDS);
		return sids;
	}
	const reports = async (names: readonly string[]): Promise<CookieReport[]> => {
		const report = await w.api.request("getTabReport", { tabId });
		const cookies = report.sites.find((s) => s.site === APP_SITE)?.cookies ?? [];
		return cookies.filter((c) => names.includes(c.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
	};
	const storeId = async () => (await w.api.request("getTabReport", { tabId })).storeId;

	/** The first report since the stop wakes the background, which finishes the action and tells it, once. */
	async function toldOnce(stop: Stopped): Promise<Interrupted> {
		const { interruption } = await w.api.request("getTabReport", { tabId });
		const doneBeforeStop = interruption?.doneBeforeStop ?? -1;
		expect(doneBeforeStop).toBeGreaterThanOrEqual(stop.seen);
		if (stop.doneAtStop !== undefined) expect(doneBeforeStop).toBe(stop.doneAtStop);
		expect(await w.api.request("getTabReport", { tabId })).not.toHaveProperty("interruption");
		expect(await w.api.session()).not.toHaveProperty("journal");
		return { stop, doneBeforeStop, interruption };
	}

	/**
	 * Runs `prepare` and the action, and stops the background once `atLeast` cookies are done; when the
	 * action was all done before the stop landed, `recover` puts the jar back and it is tried again. Stopped
	 * `"at once"`, any of the three ends is taken as it comes (harness/stop-mid-action.ts, stopAtOnce): the
	 * action untouched, done in full and answered, or interrupted.
	 */
	async function interruptAt(
		atLeast: number | "at once",
		run: {
			prepare?: () => Promise<unknown>;
			start: () => Promise<unknown>;
			recover?: () => Promise<unknown>;
		},
	): Promise<Interrupted | "untouched" | "answered"> {
		if (atLeast === "at once") {
			await run.prepare?.();
			const outcome = await stopAtOnce(w, run.start);
			if (outcome === "interrupted") return toldOnce({ seen: 0 });
			expect(await w.api.request("getTabReport", { tabId })).not.toHaveProperty("interruption");
			return outcome;
		}
		for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
			await run.prepare?.();
			const stop = await stopMidAction(w, run.start, atLeast);
			if (stop) return toldOnce(stop);
			await run.recover?.();
		}
		throw new Error(`the action was done before the stop landed, ${ATTEMPTS} times out of ${ATTEMPTS}`);
	}

	return { tabId: () => tabId, jar, setCookies, signIn, reports, storeId, interruptAt };
}
