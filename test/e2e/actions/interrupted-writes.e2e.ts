/**
 * Every write of several cookies (a snapshot's restore, undo, expire later), stopped by the browser at five
 * points of it (docs/testing.md, "Interrupted actions"; docs/protocol.md, "Messages", `interruption`).
 * Whenever it lands, the jar is untouched, or the next start writes the rest exactly as planned and the
 * first report tells it once.
 */
import { describe, expect, test } from "vitest";
import type { Cookie } from "../../../src/core/cookie.ts";
import type { CookieReport } from "../../../src/core/report.ts";
import type { JarAction } from "../../../src/core/tab-report.ts";
import { APP_SITE } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import {
	all,
	interruptedScenario,
	named,
	SIDS,
	statuses,
	stopPoints,
} from "../harness/interrupted-scenario.ts";
import { world } from "../harness/world.ts";

const DAY = 86_400;

describe.each(BROWSERS)("%s: every multi-cookie write, stopped at five points", (name) => {
	const w = world(name, { api: true, page: true });
	const { tabId, jar, signIn, reports, interruptAt } = interruptedScenario(w);

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
					failed: 0,
				});
			}
			await c.check();
		}
	}

	test("restoreSnapshot: the fifty session cookies written back exactly as they were taken", async () => {
		const sids = await signIn();
		const { snapshotId, count } = await w.api.request("snapshotSite", { tabId: tabId(), site: APP_SITE });
		expect(count).toBe(50);
		await writeAtEveryPoint({
			action: "restoreSnapshot",
			site: APP_SITE,
			total: 50,
			prepare: async () => {
				await w.api.request("logoutSite", { tabId: tabId(), site: APP_SITE });
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
			prepare: () => w.api.request("logoutSite", { tabId: tabId(), site: APP_SITE }),
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
