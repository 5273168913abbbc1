/**
 * Every jar-changing action of several cookies, stopped by the browser at several points of it: as soon as
 * its journal is written, after the first cookie, half way and near the end (docs/protocol.md, "Messages",
 * `interruption`). Whenever it lands, the next start finishes the action: the jar is then exactly as the
 * action leaves it, the first report tells it once, and a deletion's undo puts back exactly what it removed.
 */
import { describe, expect, test } from "vitest";
import type { Cookie } from "../../../src/core/cookie.ts";
import type { CookieReport } from "../../../src/core/report.ts";
import type { ActionReply, JarAction } from "../../../src/core/tab-report.ts";
import { APP_HOST, APP_SITE, WIDGET_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { type Stopped, stopAtOnce, stopMidAction } from "../harness/stop-mid-action.ts";
import { world } from "../harness/world.ts";

const DAY = 86_400;
/** How often one stop point is tried before the test gives up on stopping the action before its end. */
const ATTEMPTS = 6;

const numbered = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, i) => `${prefix}_${String(i + 1).padStart(2, "0")}`);

/** The fifty session cookies of the sign-in on example.test. */
const SIDS = numbered("sid", 50);
/** Ten preferences beside them, which only clearSite removes. */
const PREFS = numbered("pref", 10);
/** Ten session cookies of a second site, for the overview's bulk logout. */
const WIDS = numbered("wid", 10);

/** Half host-only and half `Domain=`, every third HttpOnly, all Secure, each value its own, as tokens are. */
const sessionHeaders = (names: readonly string[], domain: string) =>
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
const PREF_HEADERS = PREFS.map((name) => `${name}=dark; Path=/; Secure; SameSite=Lax`);

/** The cookies of these names in the jar, by name (every name is used once). */
const named = (jar: Cookie[], names: readonly string[]) =>
	jar.filter((c) => names.includes(c.name)).sort((a, b) => (a.name < b.name ? -1 : 1));

/**
 * Stop points: at once (before the journal may be written), then the journal's count of cookies done at
 * which the stop is sent, for an action of `total`.
 */
const stopPoints = (total: number) => ["at once", 0, 1, Math.floor(total / 2), total - 10] as const;

interface Interrupted {
	stop: Stopped;
	/** The report's count of cookies done when the background stopped. */
	doneBeforeStop: number;
	interruption: unknown;
}

describe.each(BROWSERS)("%s: every multi-cookie action, stopped at several points", (name) => {
	const w = world(name, { api: true, page: true });
	const url = (host: string, path: string) => w.site.url(host, path);
	let tabId = 0;

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

	/** `n` results, all with this status, as an ActionReply lists them. */
	const statuses = (reply: ActionReply) => reply.results.map((r) => r.status);
	const all = (n: number, status: string) => Array.from({ length: n }, () => status);

	/**
	 * A deletion stopped at every stop point: each time the next start removes the rest, the interruption is
	 * undoable, and undo puts back every cookie exactly as it was (value, domain or host-only, path, Secure,
	 * HttpOnly, SameSite, expiry, store, partition), which the next stop point starts from.
	 */
	async function deletionAtEveryPoint(c: {
		action: JarAction;
		site?: string;
		/** The cookies it removes, as the jar holds them before. */
		removes: readonly Cookie[];
		/** The cookies it leaves, as the jar holds them before. */
		leaves: readonly Cookie[];
		prepare?: () => Promise<unknown>;
		start: () => Promise<unknown>;
	}): Promise<void> {
		const names = [...c.removes, ...c.leaves].map((k) => k.name);
		const total = c.removes.length;
		const expected = [...c.removes, ...c.leaves].sort((a, b) => (a.name < b.name ? -1 : 1));
		for (const atLeast of stopPoints(total)) {
			const stopped = await interruptAt(atLeast, {
				...(c.prepare ? { prepare: c.prepare } : {}),
				start: c.start,
				recover: () => w.api.request("undo", {}),
			});
			// Stopped before its journal was written, the action changed nothing.
			if (stopped === "untouched") {
				expect(named(await jar(), names)).toEqual(expected);
				continue;
			}
			if (stopped !== "answered") {
				const { doneBeforeStop, interruption } = stopped;
				// It may stop after the last cookie, before the journal is closed: all were done before the stop.
				expect(doneBeforeStop).toBeLessThanOrEqual(total);
				expect(interruption).toEqual({
					action: c.action,
					...(c.site === undefined ? {} : { site: c.site }),
					total,
					doneBeforeStop,
					undoable: true,
				});
			}
			expect(named(await jar(), names)).toEqual(c.leaves);
			expect(statuses(await w.api.request("undo", {}))).toEqual(all(total, "restored"));
			expect(named(await jar(), names)).toEqual(expected);
		}
	}

	test("logoutSite: the site's fifty session cookies, not its preferences", async () => {
		await setCookies(APP_HOST, PREF_HEADERS);
		const sids = await signIn();
		await deletionAtEveryPoint({
			action: "logoutSite",
			site: APP_SITE,
			removes: sids,
			leaves: named(await jar(), PREFS),
			start: () => w.api.request("logoutSite", { tabId, site: APP_SITE }),
		});
	});

	test("clearSite: every cookie of the site, sessions and preferences", async () => {
		await setCookies(APP_HOST, PREF_HEADERS);
		const sids = await signIn();
		const everyCookie = (await jar()).filter((k) => k.domain.endsWith(APP_SITE));
		expect(everyCookie.map((k) => k.name).sort()).toEqual([...PREFS, ...SIDS]);
		await deletionAtEveryPoint({
			action: "clearSite",
			site: APP_SITE,
			removes: named(await jar(), [...PREFS, ...SIDS]),
			leaves: [],
			start: () => w.api.request("clearSite", { tabId, site: APP_SITE }),
		});
		expect(named(await jar(), SIDS)).toEqual(sids);
	});

	test("clearCookies: forty cookies named in the request, not the other ten", async () => {
		const sids = await signIn();
		const chosen = await reports(SIDS.slice(0, 40));
		await deletionAtEveryPoint({
			action: "clearCookies",
			removes: sids.slice(0, 40),
			leaves: sids.slice(40),
			start: () => w.api.request("clearCookies", { cookies: chosen }),
		});
	});

	test("expireCookies now: the named cookies are deleted, as clearCookies does", async () => {
		const sids = await signIn();
		const chosen = await reports(SIDS);
		await deletionAtEveryPoint({
			action: "expireCookies",
			removes: sids,
			leaves: [],
			start: () =>
				w.api.request("expireCookies", { cookies: chosen, at: Math.floor(Date.now() / 1000) - 60 }),
		});
	});

	test("logoutSites: the session cookies of two sites, each in its store", async () => {
		await setCookies(WIDGET_HOST, sessionHeaders(WIDS, "thirdparty.test"));
		const sids = await signIn();
		const targets = [
			{ site: APP_SITE, storeId: await storeId() },
			{ site: "thirdparty.test", storeId: await storeId() },
		];
		await deletionAtEveryPoint({
			action: "logoutSites",
			removes: named(await jar(), [...SIDS, ...WIDS]),
			leaves: [],
			start: () => w.api.request("logoutSites", { targets }),
		});
		expect(named(await jar(), SIDS)).toEqual(sids);
	});

	test("clearOldSessions: the fifty sessions first seen ten days ago, not the ten seen today", async () => {
		await setCookies(WIDGET_HOST, sessionHeaders(WIDS, "thirdparty.test"));
		const sids = await signIn();
		// Ages start when the extension first sees a cookie: the overview records them, and the test moves
		// the sid_ records ten days back (as overview-bulk-clear.e2e.ts does), before every stop point.
		const ageSids = async () => {
			await w.api.request("getOverview", {});
			await w.api.page.evaluate(async (day) => {
				type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
				type Api = { storage: { local: Local } };
				const g = globalThis as unknown as { browser?: Api; chrome: Api };
				const storage = (g.browser ?? g.chrome).storage.local;
				const { firstSeen } = (await storage.get("firstSeen")) as {
					firstSeen: Record<string, { t: number }>;
				};
				const old = Object.keys(firstSeen).filter((key) =>
					/^sid_\d\d$/.test(key.split("\u0000").pop() ?? ""),
				);
				if (old.length !== 50) throw new Error(`expected fifty sid_ records, found ${old.length}`);
				for (const key of old) (firstSeen[key] as { t: number }).t = Math.floor(Date.now() / 1000) - 10 * day;
				await storage.set({ firstSeen });
			}, DAY);
		};
		await deletionAtEveryPoint({
			action: "clearOldSessions",
			removes: sids,
			leaves: named(await jar(), WIDS),
			prepare: ageSids,
			start: () => w.api.request("clearOldSessions", { olderThanDays: 7 }),
		});
	});

	/** A write stopped at every stop point: each time the next start writes the rest, exactly as planned. */
	async function writeAtEveryPoint(c: {
		action: JarAction;
		site?: string;
		total: number;
		prepare: () => Promise<unknown>;
		start: () => Promise<unknown>;
		/** The jar afterwards, and anything else the finished action leaves. */
		check: () => Promise<void>;
		/** The jar as `prepare` left it, when the stop landed before the journal was written. */
		untouched: () => Promise<void>;
	}): Promise<void> {
		for (const atLeast of stopPoints(c.total)) {
			const stopped = await interruptAt(atLeast, c);
			if (stopped === "untouched") {
				await c.untouched();
				continue;
			}
			if (stopped !== "answered") {
				const { doneBeforeStop, interruption } = stopped;
				expect(doneBeforeStop).toBeLessThanOrEqual(c.total);
				// A write removes nothing, so there is nothing of it to undo.
				expect(interruption).toEqual({
					action: c.action,
					...(c.site === undefined ? {} : { site: c.site }),
					total: c.total,
					doneBeforeStop,
					undoable: false,
				});
			}
			await c.check();
		}
	}

	test("restoreSnapshot: the fifty session cookies written back exactly as they were taken", async () => {
		const sids = await signIn();
		const { snapshotId, count } = await w.api.request("snapshotSite", { tabId, site: APP_SITE });
		expect(count).toBe(50);
		await writeAtEveryPoint({
			action: "restoreSnapshot",
			site: APP_SITE,
			total: 50,
			prepare: async () => {
				await w.api.request("logoutSite", { tabId, site: APP_SITE });
				expect(named(await jar(), SIDS)).toEqual([]);
			},
			start: () => w.api.request("restoreSnapshot", { snapshotId }),
			check: async () => expect(named(await jar(), SIDS)).toEqual(sids),
			untouched: async () => expect(named(await jar(), SIDS)).toEqual([]),
		});
	});

	test("undo: the fifty cookies of a logout put back, and the record consumed", async () => {
		const sids = await signIn();
		await writeAtEveryPoint({
			action: "undo",
			total: 50,
			prepare: () => w.api.request("logoutSite", { tabId, site: APP_SITE }),
			start: () => w.api.request("undo", {}),
			check: async () => {
				expect(named(await jar(), SIDS)).toEqual(sids);
				expect(await w.api.send("undo", {})).toEqual({
					ok: false,
					error: "There is nothing to undo: no cookies were cleared since the last undo.",
				});
			},
			untouched: async () => {
				expect(named(await jar(), SIDS)).toEqual([]);
				expect(statuses(await w.api.request("undo", {}))).toEqual(all(50, "restored"));
			},
		});
	});

	test("expireCookies later: the fifty cookies get the new expiry and keep everything else", async () => {
		let at = 0;
		let chosen: CookieReport[] = [];
		let sids: Cookie[] = [];
		await writeAtEveryPoint({
			action: "expireCookies",
			total: 50,
			prepare: async () => {
				sids = await signIn();
				chosen = await reports(SIDS);
				at = Math.floor(Date.now() / 1000) + DAY;
			},
			start: () => w.api.request("expireCookies", { cookies: chosen, at }),
			check: async () =>
				expect(named(await jar(), SIDS)).toEqual(
					sids.map((k) => ({ ...k, session: false, expirationDate: at })),
				),
			untouched: async () => expect(named(await jar(), SIDS)).toEqual(sids),
		});
	});
});
