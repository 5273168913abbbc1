/**
 * Every deletion of several cookies, stopped by the browser at five points of it: at once, as soon as its
 * journal is written, after the first cookie, half way and near the end (docs/testing.md, "Interrupted
 * actions"; docs/protocol.md, "Messages", `interruption`). Whenever it lands, the jar is untouched, or the
 * next start finishes the action, the first report tells it once, and undo puts back exactly what it removed.
 */
import { describe, expect, test } from "vitest";
import type { Cookie } from "../../../src/core/cookie.ts";
import type { JarAction } from "../../../src/core/tab-report.ts";
import { APP_HOST, APP_SITE, WIDGET_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import {
	all,
	interruptedScenario,
	named,
	numbered,
	PREF_HEADERS,
	PREFS,
	SIDS,
	sessionHeaders,
	statuses,
	stopPoints,
} from "../harness/interrupted-scenario.ts";
import { world } from "../harness/world.ts";

const DAY = 86_400;
/** Ten session cookies of a second site, for the overview's bulk logout. */
const WIDS = numbered("wid", 10);

describe.each(BROWSERS)("%s: every multi-cookie deletion, stopped at five points", (name) => {
	const w = world(name, { api: true, page: true });
	const { tabId, jar, setCookies, signIn, reports, storeId, interruptAt } = interruptedScenario(w);

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
					failed: 0,
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
			start: () => w.api.request("logoutSite", { tabId: tabId(), site: APP_SITE }),
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
			start: () => w.api.request("clearSite", { tabId: tabId(), site: APP_SITE }),
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
});
