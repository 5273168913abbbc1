import { describe, expect, test } from "vitest";
import type { MessageType } from "../protocol.ts";
import { VALIDATORS, type Validators } from "./validators.ts";

function check(message: { type: MessageType } & Record<string, unknown>): unknown {
	return VALIDATORS[message.type](message);
}

describe("request validators", () => {
	test.each([
		[{ type: "getTabReport", tabId: 7 }],
		[{ type: "getTabReport", tabId: 7, includeValues: true }],
		[{ type: "getTabReport", tabId: 7, includeValues: true, brief: true }],
		[
			{
				type: "getCookieFindings",
				tabId: 7,
				cookie: {
					name: "sid",
					domain: "app.example.test",
					hostOnly: true,
					path: "/",
					secure: true,
					httpOnly: true,
					sameSite: "lax",
					expires: null,
					partitionKey: null,
					storeId: "0",
					role: "session",
					roleReason: "name matches sid",
					roleConfidence: "likely",
					findings: [{ rule: "prefix-missing", severity: "low", message: "could be __Host-" }],
				},
			},
		],
		[{ type: "expireCookies", cookies: [], at: 0 }],
		[{ type: "logoutSite", tabId: 1, site: "example.co.uk" }],
		[{ type: "clearSite", tabId: 2, site: "localhost" }],
		[{ type: "snapshotSite", tabId: 3, site: "127.0.0.1" }],
		[{ type: "restoreSnapshot", snapshotId: "0c5e…" }],
		[{ type: "undo" }],
		[{ type: "whenSignaturesChecked" }],
		[{ type: "getUserSecrets" }],
		[{ type: "setUserSecrets", text: "our-staging-secret\n" }],
		[{ type: "getSettings" }],
		[{ type: "getSettingsView" }],
		[{ type: "getOverview" }],
		[{ type: "setSettings", settings: { badge: false } }],
		[{ type: "logoutSites", targets: [{ site: "example.test", storeId: "firefox-container-1" }] }],
		[{ type: "clearOldSessions", olderThanDays: 0 }],
		[{ type: "clearOldSessions", olderThanDays: 7.5, targets: [] }],
		[{ type: "exportReport", tabId: 9, format: "sarif" }],
	] as const)("accepts %j as it is", (message) => {
		expect(check(message)).toEqual(message);
	});

	test("reads an undefined optional field as absent: clearOldSessions then means every site", () => {
		expect(check({ type: "clearOldSessions", olderThanDays: 3, targets: undefined })).toEqual({
			type: "clearOldSessions",
			olderThanDays: 3,
		});
	});

	test.each([
		[
			{ type: "getTabReport", tabId: "7" },
			'getTabReport: `tabId` must be a tab id (a positive integer) (got "7").',
		],
		[
			{ type: "getTabReport", tabId: 0 },
			"getTabReport: `tabId` must be a tab id (a positive integer) (got 0).",
		],
		[
			{ type: "getTabReport", tabId: 1.5 },
			"getTabReport: `tabId` must be a tab id (a positive integer) (got 1.5).",
		],
		[
			{ type: "getTabReport", tabId: 7, includeValues: "yes" },
			'getTabReport: `includeValues` must be true or false (got "yes").',
		],
		[{ type: "getTabReport", tabId: 7, brief: 1 }, "getTabReport: `brief` must be true or false (got 1)."],
		[
			{ type: "getCookieFindings", tabId: 7, cookie: "sid" },
			'getCookieFindings: `cookie` must be a cookie as getTabReport reported it (got "sid").',
		],
		[
			{ type: "clearCookies" },
			"clearCookies: `cookies` must be a list of cookies as getTabReport reported them, at most 10,000 (got nothing).",
		],
		[
			{ type: "clearCookies", cookies: "sid" },
			'clearCookies: `cookies` must be a list of cookies as getTabReport reported them, at most 10,000 (got "sid").',
		],
		[
			{ type: "expireCookies", cookies: [], at: Number.NaN },
			"expireCookies: `at` must be the new expiry in epoch seconds (a number, 0 or more) (got NaN).",
		],
		[
			{ type: "expireCookies", cookies: [], at: -1 },
			"expireCookies: `at` must be the new expiry in epoch seconds (a number, 0 or more) (got -1).",
		],
		[
			{ type: "expireCookies", cookies: [], at: "soon" },
			'expireCookies: `at` must be the new expiry in epoch seconds (a number, 0 or more) (got "soon").',
		],
		[
			{ type: "expireCookies", cookies: [], at: Number.POSITIVE_INFINITY },
			"expireCookies: `at` must be the new expiry in epoch seconds (a number, 0 or more) (got Infinity).",
		],
		[
			{ type: "logoutSite", tabId: -3, site: "example.test" },
			"logoutSite: `tabId` must be a tab id (a positive integer) (got -3).",
		],
		[
			{ type: "clearSite", tabId: 3, site: "app.example.test" },
			'clearSite: `site` must be a site as reports name it (a registrable domain such as example.com) (got "app.example.test").',
		],
		[
			{ type: "snapshotSite", tabId: 3, site: "" },
			'snapshotSite: `site` must be a site as reports name it (a registrable domain such as example.com) (got "").',
		],
		[
			{ type: "restoreSnapshot", snapshotId: 12 },
			"restoreSnapshot: `snapshotId` must be a snapshot id of at most 8,192 characters (got 12).",
		],
		[{ type: "undo", everything: true }, "undo: `everything` is not one of its fields (it takes none)."],
		[
			{ type: "setSettings", settings: "badge=false" },
			'setSettings: `settings` must be an object of settings (got "badge=false").',
		],
		[
			{ type: "setSettings", settings: [] },
			"setSettings: `settings` must be an object of settings (got a list of 0).",
		],
		[
			{ type: "logoutSites" },
			"logoutSites: `targets` must be a list of {site, storeId}, at most 10,000 (got nothing).",
		],
		[
			{ type: "logoutSites", targets: [{ site: "example.test" }] },
			"logoutSites: `targets[0].storeId` must be a cookie store id of at most 8,192 characters (got nothing).",
		],
		[
			{ type: "logoutSites", targets: [{ site: "com.", storeId: "0" }] },
			'logoutSites: `targets[0].site` must be a site as reports name it (a registrable domain such as example.com) (got "com.").',
		],
		[
			{ type: "clearOldSessions", olderThanDays: -1 },
			"clearOldSessions: `olderThanDays` must be a number of days, 0 or more (got -1).",
		],
		[
			{ type: "clearOldSessions", olderThanDays: "7" },
			'clearOldSessions: `olderThanDays` must be a number of days, 0 or more (got "7").',
		],
		[
			{ type: "clearOldSessions", olderThanDays: 7, targets: null },
			"clearOldSessions: `targets` must be a list of {site, storeId}, at most 10,000 (got null).",
		],
		[
			{ type: "clearOldSessions", olderThanDays: 7, targets: "" },
			'clearOldSessions: `targets` must be a list of {site, storeId}, at most 10,000 (got "").',
		],
		[
			{ type: "clearOldSessions", olderThanDays: 7, targets: false },
			"clearOldSessions: `targets` must be a list of {site, storeId}, at most 10,000 (got false).",
		],
		[
			{ type: "exportReport", tabId: 9, format: "pdf" },
			'exportReport: `format` must be one of json, markdown, sarif (got "pdf").',
		],
		[
			{ type: "exportReport", tabId: 9, format: "__proto__" },
			'exportReport: `format` must be one of json, markdown, sarif (got "__proto__").',
		],
	] as const)("refuses %j: %s", (message, error) => {
		expect(() => check(message)).toThrow(error);
	});

	test("refuses a __proto__ field of the request itself, which no message has", () => {
		const message = JSON.parse('{"type": "clearCookies", "cookies": [], "__proto__": {"all": true}}');
		expect(() => check(message)).toThrow(
			"clearCookies: `__proto__` is not one of its fields (it takes cookies).",
		);
	});

	test("refuses more than 10,000 targets", () => {
		const targets = Array.from({ length: 10_001 }, (_, i) => ({ site: `s${i}.test`, storeId: "0" }));
		expect(() => check({ type: "logoutSites", targets })).toThrow(
			"logoutSites: `targets` must be a list of {site, storeId}, at most 10,000 (got a list of 10,001).",
		);
	});

	test("a message without a validator does not compile", () => {
		// @ts-expect-error every message of the Protocol needs its validator
		const partial: Validators = { getTabReport: VALIDATORS.getTabReport };
		expect(Object.keys(partial)).toEqual(["getTabReport"]);
	});
});
