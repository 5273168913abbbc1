import { describe, expect, test } from "vitest";
import type { Cookie } from "../../core/cookie.ts";
import type { CookiePort } from "../../platform/cookie-port.ts";
import { clearCookies } from "../messages/clear-cookies.ts";
import { getTabReport } from "../messages/get-tab-report.ts";
import { logoutSite } from "../messages/logout-site.ts";
import { restoreSnapshot } from "../messages/restore-snapshot.ts";
import { snapshotSite } from "../messages/snapshot-site.ts";
import { undo } from "../messages/undo.ts";
import { takeInterruption } from "../stores/journal-store.ts";
import { createFakeWorld, jarCookie } from "../testing/fake-deps.ts";
import { resumeInterrupted } from "./resume-interrupted.ts";

/** Fifty session cookies of example.test, each with its own value. */
const SESSIONS: Cookie[] = Array.from({ length: 50 }, (_, i) =>
	jarCookie({ name: `sid${i}`, value: `v${i}-Zq3v9TnX1cK7pR2mW8yB4hL6sD0f` }),
);
const OTHER = jarCookie({ name: "_ga", value: "GA1.1.1234567890.1793491200", httpOnly: false });

function world() {
	const w = createFakeWorld([...SESSIONS, OTHER]);
	w.tabs.open({ id: 7, url: "https://app.example.test/account", storeId: "0" });
	return w;
}

/**
 * The background stops after `writes` jar writes: the next write never returns, so nothing of the action
 * runs after it, as when the browser ends the service worker or event page. `stopped` resolves then.
 */
function stoppingAfter(port: CookiePort, writes: number): { port: CookiePort; stopped: Promise<void> } {
	let count = 0;
	let signal = () => {};
	const stopped = new Promise<void>((resolve) => {
		signal = resolve;
	});
	const write =
		(inner: (c: Cookie) => Promise<void>) =>
		(c: Cookie): Promise<void> => {
			if (count++ < writes) return inner(c);
			signal();
			return new Promise<void>(() => {});
		};
	return { port: { ...port, remove: write(port.remove), set: write(port.set) }, stopped };
}

const values = (cookies: readonly Cookie[]) =>
	cookies
		.filter((c) => c.name.startsWith("sid"))
		.map((c) => `${c.name}=${c.value}`)
		.sort();

describe("an action cut short by a stopped background", () => {
	test.each([0, 1, 17, 49])(
		"logoutSite stopped after %i deletions is finished at the next start, and undo restores all 50",
		async (writes) => {
			const w = world();
			const stop = stoppingAfter(w.jar, writes);
			void logoutSite({ ...w.deps, cookies: stop.port }, { tabId: 7, site: "example.test" });
			await stop.stopped;
			expect(w.jar.all()).toHaveLength(51 - writes);

			await resumeInterrupted(w.deps);
			expect(values(w.jar.all())).toEqual([]);
			expect(w.jar.all().map((c) => c.name)).toEqual(["_ga"]);
			// The first report after the start tells it, once.
			expect((await getTabReport(w.deps, { tabId: 7 })).interruption).toEqual({
				action: "logoutSite",
				site: "example.test",
				total: 50,
				doneBeforeStop: writes,
				undoable: true,
				failed: 0,
			});
			expect(await getTabReport(w.deps, { tabId: 7 })).not.toHaveProperty("interruption");

			const reply = await undo(w.deps);
			expect(reply.results).toHaveLength(50);
			expect(values(w.jar.all())).toEqual(values(SESSIONS));
		},
	);

	test("an undo stopped half way is finished at the next start and consumed once", async () => {
		const w = world();
		await logoutSite(w.deps, { tabId: 7, site: "example.test" });
		const stop = stoppingAfter(w.jar, 20);
		void undo({ ...w.deps, cookies: stop.port });
		await stop.stopped;
		expect(values(w.jar.all())).toHaveLength(20);
		await resumeInterrupted(w.deps);
		expect(values(w.jar.all())).toEqual(values(SESSIONS));
		await expect(undo(w.deps)).rejects.toThrow(/nothing to undo/);
	});

	test("a snapshot restore stopped half way is finished at the next start", async () => {
		const w = world();
		const { snapshotId } = await snapshotSite(w.deps, { tabId: 7, site: "example.test" });
		await logoutSite(w.deps, { tabId: 7, site: "example.test" });
		const stop = stoppingAfter(w.jar, 5);
		void restoreSnapshot({ ...w.deps, cookies: stop.port }, { snapshotId });
		await stop.stopped;
		await resumeInterrupted(w.deps);
		expect(values(w.jar.all())).toEqual(values(SESSIONS));
		expect(await takeInterruption(w.session)).toEqual({
			action: "restoreSnapshot",
			site: "example.test",
			total: 50,
			doneBeforeStop: 5,
			finishedAt: w.clock.now,
			undoable: false,
			failed: 0,
		});
	});

	test("deletions the browser refuses at the next start are counted failed, and undo holds what went", async () => {
		const w = world();
		const stop = stoppingAfter(w.jar, 10);
		void logoutSite({ ...w.deps, cookies: stop.port }, { tabId: 7, site: "example.test" });
		await stop.stopped;
		w.jar.refuseWrites("the browser refused");
		await resumeInterrupted(w.deps);
		expect(values(w.jar.all())).toHaveLength(40);
		expect(await takeInterruption(w.session)).toEqual({
			action: "logoutSite",
			site: "example.test",
			total: 50,
			doneBeforeStop: 10,
			finishedAt: w.clock.now,
			undoable: true,
			failed: 40,
		});
		w.jar.refuseWrites(undefined);
		expect((await undo(w.deps)).results.map((r) => r.status)).toEqual(Array(10).fill("restored"));
		expect(values(w.jar.all())).toEqual(values(SESSIONS));
	});

	test("writes the browser refuses at the next start are counted failed", async () => {
		const w = world();
		await logoutSite(w.deps, { tabId: 7, site: "example.test" });
		const stop = stoppingAfter(w.jar, 20);
		void undo({ ...w.deps, cookies: stop.port });
		await stop.stopped;
		w.jar.refuseWrites("the browser refused");
		await resumeInterrupted(w.deps);
		expect(values(w.jar.all())).toHaveLength(20);
		expect(await takeInterruption(w.session)).toEqual({
			action: "undo",
			total: 50,
			doneBeforeStop: 20,
			finishedAt: w.clock.now,
			undoable: false,
			failed: 30,
		});
	});

	test("an action after the resume takes the undo record: the interruption told later offers no Undo", async () => {
		const w = world();
		const stop = stoppingAfter(w.jar, 10);
		void logoutSite({ ...w.deps, cookies: stop.port }, { tabId: 7, site: "example.test" });
		await stop.stopped;
		await resumeInterrupted(w.deps);
		await undo(w.deps);
		await logoutSite(w.deps, { tabId: 7, site: "example.test" });
		expect((await getTabReport(w.deps, { tabId: 7 })).interruption).toEqual({
			action: "logoutSite",
			site: "example.test",
			total: 50,
			doneBeforeStop: 10,
			undoable: false,
			failed: 0,
		});
	});

	test("actions that leave the undo record (a restore, a clear of nothing) leave the interruption its Undo", async () => {
		const w = world();
		const { snapshotId } = await snapshotSite(w.deps, { tabId: 7, site: "example.test" });
		const stop = stoppingAfter(w.jar, 10);
		void logoutSite({ ...w.deps, cookies: stop.port }, { tabId: 7, site: "example.test" });
		await stop.stopped;
		await resumeInterrupted(w.deps);
		await restoreSnapshot(w.deps, { snapshotId });
		await clearCookies(w.deps, { cookies: [] });
		expect((await getTabReport(w.deps, { tabId: 7 })).interruption).toEqual({
			action: "logoutSite",
			site: "example.test",
			total: 50,
			doneBeforeStop: 10,
			undoable: true,
			failed: 0,
		});
		// The record is still the logout's: all fifty, as they were.
		expect((await undo(w.deps)).results.map((r) => r.status)).toEqual(Array(50).fill("restored"));
		expect(values(w.jar.all())).toEqual(values(SESSIONS));
	});

	test("a start with nothing interrupted changes nothing and tells nothing", async () => {
		const w = world();
		await resumeInterrupted(w.deps);
		expect(w.jar.all()).toHaveLength(51);
		expect(await takeInterruption(w.session)).toBeUndefined();
	});
});
