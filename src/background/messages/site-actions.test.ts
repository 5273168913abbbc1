import { describe, expect, test } from "vitest";
import { identityKey } from "../../core/cookie.ts";
import type { CookieReport } from "../../core/report.ts";
import { refreshTab } from "../tab-reports/refresh-tab.ts";
import { createFakeWorld, jarCookie } from "../testing/fake-deps.ts";
import { clearCookies } from "./clear-cookies.ts";
import { clearSite } from "./clear-site.ts";
import { logoutSite } from "./logout-site.ts";
import { restoreSnapshot } from "./restore-snapshot.ts";
import { snapshotSite } from "./snapshot-site.ts";
import { undo } from "./undo.ts";

const SESSION = jarCookie();
const DOMAIN_COPY = jarCookie({
	domain: ".example.test",
	hostOnly: false,
	value: "other-value-9f8e7d6c5b4a39281706",
});
const PARTITIONED = jarCookie({
	partitionKey: { topLevelSite: "https://thirdparty.test" },
	sameSite: "none",
});
const CSRF = jarCookie({ name: "csrftoken", httpOnly: false, value: "c5rfT0k3nV4lu3xY9wQ2eR7tU1iO6pA3" });
const ANALYTICS = jarCookie({ name: "_ga", value: "GA1.1.1234567890.1793491200", httpOnly: false });
const CONTAINER = jarCookie({ storeId: "firefox-container-1" });
const OTHER_SITE = jarCookie({ domain: "shop.test" });

function world() {
	const w = createFakeWorld([SESSION, DOMAIN_COPY, PARTITIONED, CSRF, ANALYTICS, CONTAINER, OTHER_SITE]);
	w.tabs.open({ id: 7, url: "https://app.example.test/account", storeId: "0" });
	return w;
}
const keys = (cookies: { name: string; domain: string; hostOnly: boolean; path: string }[]) =>
	cookies.map((c) => identityKey(c as CookieReport)).sort();

describe("site actions", () => {
	test("logoutSite clears the site's session and CSRF cookies across subdomains and partitions, and only those", async () => {
		const w = world();
		const reply = await logoutSite(w.deps, { tabId: 7, site: "example.test" });
		expect(reply.results.every((r) => r.status === "removed")).toBe(true);
		expect(keys(reply.results.map((r) => r.cookie))).toEqual(keys([SESSION, DOMAIN_COPY, PARTITIONED, CSRF]));
		expect(keys(w.jar.all())).toEqual(keys([ANALYTICS, CONTAINER, OTHER_SITE]));
	});

	test("undo after logout restores every removed cookie with its value", async () => {
		const w = world();
		await logoutSite(w.deps, { tabId: 7, site: "example.test" });
		const reply = await undo(w.deps);
		expect(reply.results.map((r) => r.status)).toEqual(["restored", "restored", "restored", "restored"]);
		expect(w.jar.all().find((c) => identityKey(c) === identityKey(DOMAIN_COPY))?.value).toBe(
			DOMAIN_COPY.value,
		);
		await expect(undo(w.deps)).rejects.toThrow(/nothing to undo/);
	});

	test("clearSite clears every cookie of the site in the tab's store, and no other store's", async () => {
		const w = world();
		const reply = await clearSite(w.deps, { tabId: 7, site: "example.test" });
		expect(reply.results).toHaveLength(5);
		expect(keys(w.jar.all())).toEqual(keys([CONTAINER, OTHER_SITE]));
	});

	test("a container tab's logout leaves the default store alone", async () => {
		const w = world();
		w.tabs.open({ id: 8, url: "https://app.example.test/", storeId: "firefox-container-1" });
		await logoutSite(w.deps, { tabId: 8, site: "example.test" });
		expect(w.jar.all().some((c) => identityKey(c) === identityKey(CONTAINER))).toBe(false);
		expect(w.jar.all().some((c) => identityKey(c) === identityKey(SESSION))).toBe(true);
	});

	test("a snapshot restored after the cookies changed brings back the old values", async () => {
		const w = world();
		const { snapshotId, count } = await snapshotSite(w.deps, { tabId: 7, site: "example.test" });
		expect(count).toBe(4);
		await w.jar.set({ ...SESSION, value: "rotated-after-login-0000000000000" });
		await logoutSite(w.deps, { tabId: 7, site: "example.test" });
		const reply = await restoreSnapshot(w.deps, { snapshotId });
		expect(reply.results.every((r) => r.status === "restored")).toBe(true);
		expect(w.jar.all().find((c) => identityKey(c) === identityKey(SESSION))?.value).toBe(SESSION.value);
	});

	test("a snapshot cookie that expired meanwhile is not restored, and says why", async () => {
		const w = world();
		await w.jar.set({ ...CSRF, session: false, expirationDate: w.clock.now + 60 });
		const { snapshotId } = await snapshotSite(w.deps, { tabId: 7, site: "example.test" });
		w.clock.now += 120;
		const reply = await restoreSnapshot(w.deps, { snapshotId });
		const csrf = reply.results.find((r) => r.cookie.name === "csrftoken");
		expect(csrf).toMatchObject({ status: "failed", reason: expect.stringMatching(/expired on/) });
	});

	test("a site action without host access is refused in plain words", async () => {
		const w = world();
		w.permissions.withhold(["https://nowhere.test/*", "http://nowhere.test/*"]);
		await expect(logoutSite(w.deps, { tabId: 7, site: "nowhere.test" })).rejects.toThrow(
			/no access to nowhere.test/,
		);
	});
});

describe("clearCookies", () => {
	test("removes exactly the reported cookie, not its same-name domain copy or partitioned copy", async () => {
		const w = world();
		const { report } = await refreshTab(w.deps, 7);
		const sid = report.sites[0]?.cookies.find((c) => c.name === "sid" && c.hostOnly && !c.partitionKey);
		const reply = await clearCookies(w.deps, { cookies: sid ? [sid] : [] });
		expect(reply.results.map((r) => r.status)).toEqual(["removed"]);
		expect(keys(w.jar.all())).toEqual(
			keys([DOMAIN_COPY, PARTITIONED, CSRF, ANALYTICS, CONTAINER, OTHER_SITE]),
		);
	});

	test("reports a refused deletion with the browser's words, and keeps nothing for undo", async () => {
		const w = world();
		const { report } = await refreshTab(w.deps, 7);
		w.jar.refuseWrites("the cookie store is locked");
		const reply = await clearCookies(w.deps, { cookies: report.sites[0]?.cookies.slice(0, 1) ?? [] });
		expect(reply.results[0]).toMatchObject({ status: "failed", reason: expect.stringMatching(/locked/) });
		await expect(undo(w.deps)).rejects.toThrow(/nothing to undo/);
	});

	test("reports missing host access instead of claiming the cookie is gone", async () => {
		const w = world();
		const { report } = await refreshTab(w.deps, 7);
		w.permissions.withhold(["https://app.example.test/*"]);
		const sid = report.sites[0]?.cookies.find((c) => c.name === "sid" && c.hostOnly);
		const reply = await clearCookies(w.deps, { cookies: sid ? [sid] : [] });
		expect(reply.results[0]).toMatchObject({ status: "failed", reason: expect.stringMatching(/no access/) });
		expect(w.jar.all()).toHaveLength(7);
	});
});
