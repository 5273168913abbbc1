import { describe, expect, test } from "vitest";
import type { CookieReport } from "../../core/report.ts";
import { serveProtocol } from "../../messaging/server.ts";
import type { MessageSender, RuntimePort } from "../../platform/runtime-port.ts";
import type { RefreshScheduler } from "../tab-reports/refresh-scheduler.ts";
import { reportOf } from "../testing/cookie-shapes.ts";
import { createFakeWorld, type FakeWorld, jarCookie } from "../testing/fake-deps.ts";
import { createHandlers } from "./index.ts";

const OWN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";
const POPUP: MessageSender = { id: "abcdefghijklmnopabcdefghijklmnop", url: `${OWN}src/popup/index.html` };

const SID = jarCookie();
const THEME = jarCookie({ name: "theme", value: "dark", httpOnly: false });
const CONTAINER_SID = jarCookie({ storeId: "firefox-container-1" });
const SHOP = jarCookie({ name: "session", domain: "shop.test" });

/** The real handler map over fakes, served as the background serves it. */
function background(): { w: FakeWorld; send: (message: unknown) => Promise<unknown> } {
	const w = createFakeWorld([SID, THEME, CONTAINER_SID, SHOP]);
	w.tabs.open({ id: 7, url: "https://app.example.test/account", storeId: "0" });
	let listener: ((message: unknown, sender: MessageSender) => Promise<unknown> | undefined) | undefined;
	const runtime: RuntimePort = {
		ownOrigin: () => OWN,
		ownId: () => POPUP.id ?? "",
		sendMessage: async () => undefined,
		onMessage: (l) => {
			listener = l;
		},
	};
	const scheduler = { allTabs: () => undefined } as RefreshScheduler;
	serveProtocol(runtime, createHandlers(w.deps, scheduler));
	return { w, send: async (message) => listener?.(message, POPUP) };
}

/** Everything a request could change: the jar and every storage area. */
async function state(w: FakeWorld) {
	return {
		jar: w.jar.all(),
		session: await w.deps.session.entries(""),
		sync: await w.deps.sync.entries(""),
		local: await w.deps.local.entries(""),
	};
}

const sid: CookieReport = reportOf({ ...SID, storeId: "0" });
const proto = (json: string) => JSON.parse(json) as Record<string, unknown>;

const CASES: [string, unknown, string | RegExp][] = [
	["text", "clear everything", /^A request must be an object/],
	["no type", { cookies: [sid] }, /^A request needs a `type`/],
	["an unknown type", { type: "clearEverything" }, /is not a message of this version/],
	["a __proto__ type", { type: "__proto__" }, /is not a message of this version/],
	["cookies as text", { type: "clearCookies", cookies: "sid" }, /`cookies` must be a list of cookies/],
	[
		"a cookie without host-only",
		{ type: "clearCookies", cookies: [{ ...sid, hostOnly: undefined }] },
		/`cookies\[0\]\.hostOnly`/,
	],
	[
		"a cookie of a store the browser lacks",
		{ type: "clearCookies", cookies: [sid, { ...sid, storeId: "9" }] },
		'clearCookies: `cookies[1].storeId` is not a cookie store of this browser (got "9").',
	],
	[
		"a cookie with a __proto__ key",
		{ type: "clearCookies", cookies: [{ ...sid, ...proto('{"__proto__":{}}') }] },
		/has a key `__proto__`/,
	],
	[
		"10,001 cookies",
		{ type: "clearCookies", cookies: Array.from({ length: 10_001 }, () => sid) },
		/at most 10,000/,
	],
	[
		"an expiry of NaN",
		{ type: "expireCookies", cookies: [sid], at: Number.NaN },
		/`at` must be the new expiry/,
	],
	["a negative expiry", { type: "expireCookies", cookies: [sid], at: -1 }, /`at` must be the new expiry/],
	[
		"a subdomain as the site",
		{ type: "logoutSite", tabId: 7, site: "app.example.test" },
		/`site` must be a site/,
	],
	[
		"a tab id that is text",
		{ type: "clearSite", tabId: "7", site: "example.test" },
		/`tabId` must be a tab id/,
	],
	[
		"a tab that does not exist",
		{ type: "clearSite", tabId: 99, site: "example.test" },
		"No tab with id: 99.",
	],
	["undo with a field", { type: "undo", all: true }, "undo: `all` is not one of its fields (it takes none)."],
	["settings as text", { type: "setSettings", settings: "badge" }, /`settings` must be an object/],
	[
		"a target of a store the browser lacks",
		{ type: "logoutSites", targets: [{ site: "example.test", storeId: "nope" }] },
		/`targets\[0\]\.storeId` is not a cookie store/,
	],
	[
		"targets null",
		{ type: "clearOldSessions", olderThanDays: 0, targets: null },
		/`targets` must be a list of \{site, storeId\}/,
	],
	[
		'targets ""',
		{ type: "clearOldSessions", olderThanDays: 0, targets: "" },
		/`targets` must be a list of \{site, storeId\}/,
	],
	[
		"negative days",
		{ type: "clearOldSessions", olderThanDays: -30 },
		/`olderThanDays` must be a number of days/,
	],
	["an unknown format", { type: "exportReport", tabId: 7, format: "__proto__" }, /`format` must be one of/],
];

describe("hostile requests", () => {
	test.each(CASES)("%s: refused in words, and nothing changes", async (_, message, error) => {
		const { w, send } = background();
		// Something to undo, so that an accepted undo would show in the jar.
		expect(
			await send({ type: "clearCookies", cookies: [reportOf({ ...THEME, storeId: "0" })] }),
		).toMatchObject({
			ok: true,
		});
		const before = await state(w);
		const reply = (await send(message)) as { ok: boolean; error: string };
		expect(reply).toEqual({ ok: false, error: expect.any(String) });
		if (typeof error === "string") expect(reply.error).toBe(error);
		else expect(reply.error).toMatch(error);
		expect(await state(w)).toEqual(before);
	});

	test("the same requests, well formed, do change the jar (the cases above could fail)", async () => {
		const { w, send } = background();
		expect(await send({ type: "clearCookies", cookies: [sid] })).toMatchObject({ ok: true });
		expect(await send({ type: "clearOldSessions", olderThanDays: 0 })).toMatchObject({ ok: true });
		expect(w.jar.all().map((c) => `${c.storeId} ${c.name}@${c.domain}`)).toEqual([
			"0 theme@app.example.test",
		]);
	});
});
