/**
 * Strict messages (docs/protocol.md, "Validation"): bad requests sent from one of our own pages, each
 * refused with `{ok: false, error}` in words, and the whole jar (every store, every partition) the same
 * before and after. The user stays signed in throughout, as the site's /account shows.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { CookieReport } from "../../../src/core/report.ts";
import { APP_HOST, APP_SITE, OTHER_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { setCookiePath } from "../harness/pages/settings-page.ts";
import { accountStatus } from "../harness/pages/site-view.ts";
import { world } from "../harness/world.ts";

interface Live {
	tabId: number;
	/** The signed-in user's session cookie, exactly as getTabReport reported it. */
	session: CookieReport;
}

type Case = [name: string, message: (live: Live) => unknown, error: string | RegExp];

const withProto = (fields: object) => ({ ...fields, ...JSON.parse('{"__proto__": {"hostOnly": false}}') });

const CASES: Case[] = [
	[
		"text",
		() => "clear everything",
		'A request must be an object with a message `type` (got "clear everything").',
	],
	["a number", () => 42, "A request must be an object with a message `type` (got 42)."],
	[
		"a list",
		() => [{ type: "undo" }],
		"A request must be an object with a message `type` (got a list of 1).",
	],
	[
		"no type",
		({ session }) => ({ cookies: [session] }),
		"A request needs a `type` naming its message (got nothing).",
	],
	[
		"an unknown type",
		() => ({ type: "clearEverything" }),
		'"clearEverything" is not a message of this version of Session Hygiene.',
	],
	[
		"a __proto__ type",
		() => ({ type: "__proto__" }),
		'"__proto__" is not a message of this version of Session Hygiene.',
	],
	[
		"a constructor type",
		() => ({ type: "constructor" }),
		'"constructor" is not a message of this version of Session Hygiene.',
	],
	[
		"cookies of the wrong type",
		() => ({ type: "clearCookies", cookies: "app_session" }),
		/^clearCookies: `cookies` must be a list of cookies/,
	],
	[
		"a cookie without its host-only flag",
		({ session }) => ({ type: "clearCookies", cookies: [{ ...session, hostOnly: "yes" }] }),
		'clearCookies: `cookies[0].hostOnly` must be true or false (got "yes").',
	],
	[
		"a forged partition key",
		({ session }) => ({ type: "clearCookies", cookies: [{ ...session, partitionKey: "*" }] }),
		/^clearCookies: `cookies\[0\]\.partitionKey` must be null or \{topLevelSite\}/,
	],
	[
		"a store id that is a number",
		({ session }) => ({ type: "clearCookies", cookies: [{ ...session, storeId: 0 }] }),
		/^clearCookies: `cookies\[0\]\.storeId` must be a cookie store id/,
	],
	[
		"an unknown store after a real cookie",
		({ session }) => ({ type: "clearCookies", cookies: [session, { ...session, storeId: "no-such-store" }] }),
		'clearCookies: `cookies[1].storeId` is not a cookie store of this browser (got "no-such-store").',
	],
	[
		"a __proto__ key in a cookie",
		({ session }) => ({ type: "clearCookies", cookies: [withProto(session)] }),
		"clearCookies: `cookies[0]` has a key `__proto__`, which no request has.",
	],
	[
		"a __proto__ key in the request",
		({ session }) => ({ type: "clearCookies", cookies: [session], ...JSON.parse('{"__proto__": {}}') }),
		"clearCookies: `__proto__` is not one of its fields (it takes cookies).",
	],
	[
		"10,001 cookies",
		({ session }) => ({ type: "clearCookies", cookies: Array.from({ length: 10_001 }, () => session) }),
		/^clearCookies: `cookies` must be a list of cookies as getTabReport reported them, at most 10,000/,
	],
	[
		"an expiry of NaN",
		({ session }) => ({ type: "expireCookies", cookies: [session], at: Number.NaN }),
		/^expireCookies: `at` must be the new expiry in epoch seconds/,
	],
	[
		"a negative expiry",
		({ session }) => ({ type: "expireCookies", cookies: [session], at: -1 }),
		"expireCookies: `at` must be the new expiry in epoch seconds (a number, 0 or more) (got -1).",
	],
	[
		"an infinite expiry",
		({ session }) => ({ type: "expireCookies", cookies: [session], at: Number.POSITIVE_INFINITY }),
		/^expireCookies: `at` must be the new expiry in epoch seconds/,
	],
	[
		"a tab id that is text",
		({ tabId }) => ({ type: "logoutSite", tabId: String(tabId), site: APP_SITE }),
		/^logoutSite: `tabId` must be a tab id \(a positive integer\)/,
	],
	[
		"a negative tab id",
		() => ({ type: "clearSite", tabId: -1, site: APP_SITE }),
		"clearSite: `tabId` must be a tab id (a positive integer) (got -1).",
	],
	[
		"a subdomain for a site",
		({ tabId }) => ({ type: "clearSite", tabId, site: APP_HOST }),
		/^clearSite: `site` must be a site as reports name it/,
	],
	[
		"a missing site",
		({ tabId }) => ({ type: "logoutSite", tabId }),
		/^logoutSite: `site` must be a site as reports name it/,
	],
	[
		"undo with a field",
		() => ({ type: "undo", everything: true }),
		"undo: `everything` is not one of its fields (it takes none).",
	],
	[
		"a snapshot id that is an object",
		() => ({ type: "restoreSnapshot", snapshotId: {} }),
		/^restoreSnapshot: `snapshotId` must be a snapshot id/,
	],
	[
		"settings that are text",
		() => ({ type: "setSettings", settings: "badge=false" }),
		'setSettings: `settings` must be an object of settings (got "badge=false").',
	],
	[
		"targets missing",
		() => ({ type: "logoutSites" }),
		/^logoutSites: `targets` must be a list of \{site, storeId\}/,
	],
	[
		"a target in an unknown store",
		() => ({ type: "logoutSites", targets: [{ site: APP_SITE, storeId: "no-such-store" }] }),
		'logoutSites: `targets[0].storeId` is not a cookie store of this browser (got "no-such-store").',
	],
	[
		"10,001 targets",
		() => ({
			type: "logoutSites",
			targets: Array.from({ length: 10_001 }, (_, i) => ({ site: `s${i}.test`, storeId: "0" })),
		}),
		/at most 10,000 \(got a list of 10,001\)\.$/,
	],
	[
		"clearOldSessions with targets null",
		() => ({ type: "clearOldSessions", olderThanDays: 0, targets: null }),
		"clearOldSessions: `targets` must be a list of {site, storeId}, at most 10,000 (got null).",
	],
	[
		'clearOldSessions with targets ""',
		() => ({ type: "clearOldSessions", olderThanDays: 0, targets: "" }),
		'clearOldSessions: `targets` must be a list of {site, storeId}, at most 10,000 (got "").',
	],
	[
		"negative days",
		() => ({ type: "clearOldSessions", olderThanDays: -1 }),
		"clearOldSessions: `olderThanDays` must be a number of days, 0 or more (got -1).",
	],
	[
		"days of NaN",
		() => ({ type: "clearOldSessions", olderThanDays: Number.NaN }),
		/^clearOldSessions: `olderThanDays` must be a number of days, 0 or more/,
	],
	[
		"an unknown export format",
		({ tabId }) => ({ type: "exportReport", tabId, format: "__proto__" }),
		'exportReport: `format` must be one of json, markdown, sarif (got "__proto__").',
	],
];

describe.each(BROWSERS)("%s: hostile messages from our own page", (name) => {
	const w = world(name, { api: true, page: true });
	const live = {} as Live;

	beforeAll(async () => {
		await w.page.goto(w.site.url(APP_HOST, "/login?user=alice"));
		await w.page.goto(w.site.url(APP_HOST, setCookiePath("theme=dark; Path=/")));
		await w.page.goto(w.site.url(OTHER_HOST, setCookiePath("lang=en; Path=/; Domain=example.test")));
		await w.page.goto(w.site.url(APP_HOST, "/account"));
		live.tabId = await w.api.tabIdOf(w.site.url(APP_HOST, "/account"));
		const report = await w.api.request("getTabReport", { tabId: live.tabId });
		const session = report.sites[0]?.cookies.find((c) => c.name === "app_session");
		if (!session) throw new Error("app_session is not in the report");
		live.session = session;
		// Something to undo: an accepted `undo` would show in the jar.
		const theme = report.sites[0]?.cookies.filter((c) => c.name === "theme") ?? [];
		expect((await w.api.request("clearCookies", { cookies: theme })).results.map((r) => r.status)).toEqual([
			"removed",
		]);
	});

	test.each(CASES)("%s: refused in words, and the whole jar is unchanged", async (_, message, error) => {
		const before = await w.api.jar();
		expect(before.map((c) => c.name)).toContain("app_session");
		const reply = (await w.api.sendRaw(message(live))) as { ok: boolean; error: unknown };
		expect(reply).toEqual({ ok: false, error: expect.any(String) });
		if (typeof error === "string") expect(reply.error).toBe(error);
		else expect(reply.error).toMatch(error);
		expect(await w.api.jar()).toEqual(before);
	});

	test("after every refusal the user is still signed in, and undo still has what was cleared", async () => {
		expect(await accountStatus(w.page, w.site.url(APP_HOST, "/account"))).toBe("Signed in as alice");
		const undone = await w.api.request("undo", {});
		expect(undone.results.map((r) => [r.cookie.name, r.status])).toEqual([["theme", "restored"]]);
	});
});
