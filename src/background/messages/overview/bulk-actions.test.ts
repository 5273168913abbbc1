import { describe, expect, test } from "vitest";
import type { Cookie } from "../../../core/cookie.ts";
import { makeCookie } from "../../../core/rules/testing/rule-context.ts";
import { DEFAULT_SETTINGS } from "../../../core/settings/settings.ts";
import { createFakeCookiePort } from "../../../platform/fakes/fake-cookie-port.ts";
import { createFakeCookieStoresPort } from "../../../platform/fakes/fake-cookie-stores-port.ts";
import type { StoragePort } from "../../../platform/storage-port.ts";
import type { BulkDeps } from "../../overview/site-targets.ts";
import { clearOldSessions } from "./clear-old-sessions.ts";
import { getOverview } from "./get-overview.ts";
import { logoutSites } from "./logout-sites.ts";

const NOW = 2_000_000_000;
const TOKEN = "3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b3e6d9c2f";

function cookie(name: string, domain: string, storeId: string, value = TOKEN): Cookie {
	return makeCookie({ name, value, domain, storeId });
}

function memoryStorage(): StoragePort {
	const items = new Map<string, unknown>();
	return {
		get: async (key) => structuredClone(items.get(key)) as never,
		entries: async (prefix) => [...items].filter(([k]) => k.startsWith(prefix)) as never,
		set: async (next) => {
			for (const [k, v] of Object.entries(next)) items.set(k, structuredClone(v));
		},
		remove: async (keys) => {
			for (const k of keys) items.delete(k);
		},
	};
}

function setup(now = () => NOW) {
	const cookies = createFakeCookiePort({
		now,
		cookies: [
			cookie("sid", "app.example.com", "0"),
			cookie("theme", "app.example.com", "0", "dark"),
			cookie("sid", "app.example.com", "1"),
			cookie("session", "shop.test", "0"),
		],
	});
	const deps: BulkDeps = {
		cookies,
		cookieStores: createFakeCookieStoresPort(["0", "1"]),
		local: memoryStorage(),
		session: memoryStorage(),
		permissions: { hasOrigins: async () => true },
		settings: async () => DEFAULT_SETTINGS,
		now,
	} as BulkDeps;
	return { deps, cookies };
}

const names = (all: Cookie[]) => all.map((c) => `${c.storeId} ${c.name}@${c.domain}`).sort();

describe("overview and bulk actions", () => {
	test("one row per site and store, with session counts and first-seen ages", async () => {
		const { deps } = setup();
		const overview = await getOverview(deps);
		expect(overview.sites.map((s) => [s.storeId, s.site, s.sessionCount, s.cookieCount])).toEqual([
			["0", "example.com", 1, 2],
			["0", "shop.test", 1, 1],
			["1", "example.com", 1, 1],
		]);
		expect(overview.sites.every((s) => s.oldestSessionSince === NOW)).toBe(true);
	});

	test("logoutSites removes the sessions of exactly the selected site and store", async () => {
		const { deps, cookies } = setup();
		const reply = await logoutSites(deps, { targets: [{ site: "example.com", storeId: "0" }] });
		expect(reply.results.map((r) => [r.cookie.name, r.status])).toEqual([["sid", "removed"]]);
		expect(names(cookies.all())).toEqual([
			"0 session@shop.test",
			"0 theme@app.example.com",
			"1 sid@app.example.com",
		]);
	});

	test("clearOldSessions removes the sessions first seen before the cutoff, and no others", async () => {
		let now = NOW;
		const { deps, cookies } = setup(() => now);
		await getOverview(deps);
		now += 10 * 86_400;
		await cookies.set(cookie("fresh", "shop.test", "0"));
		const reply = await clearOldSessions(deps, { olderThanDays: 7 });
		expect(reply.results.map((r) => `${r.cookie.storeId} ${r.cookie.name}`).sort()).toEqual([
			"0 session",
			"0 sid",
			"1 sid",
		]);
		expect(names(cookies.all())).toEqual(["0 fresh@shop.test", "0 theme@app.example.com"]);
	});

	test("builds the overview of 5,000 cookies on 500 sites (npm run bench times it)", async () => {
		const many = Array.from({ length: 5000 }, (_, i) =>
			cookie(`sid${i % 10}`, `s${Math.floor(i / 10)}.test`, "0", `${TOKEN}${i}`),
		);
		const { deps } = setup();
		Object.assign(deps, { cookies: createFakeCookiePort({ now: () => NOW, cookies: many }) });
		const overview = await getOverview(deps);
		expect(overview.sites).toHaveLength(500);
		expect(overview.cookieCount).toBe(5000);
	});
});
