/**
 * Every header of the cross-browser storage table, served by the fixture site to the real
 * browser, must leave in its jar exactly what `createCookieJar({profile})` predicts for that browser
 * (and what the table says). The jar is read through the extension's cookies API from an extension page.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Cookie } from "../../../src/core/cookie.ts";
import { createCookieJar, type StoreOutcome } from "../../../src/core/jar/cookie-jar.ts";
import {
	type ApiCookie,
	clearApiCookies,
	comparable,
	readApiCookies,
} from "../../fixtures/cross-browser/browser-jar.ts";
import { STORAGE_TABLE, type StorageRow } from "../../fixtures/cross-browser/storage-table.ts";
import { APP_HOST, type FixtureSite, startFixtureSite } from "../../site/fixture-site.ts";
import type { BrowserPage, ExtensionBrowser } from "../harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "../harness/browsers/browsers.ts";
import { POPUP_PATH } from "../harness/pages/popup.ts";

/** Seconds the browser's expiry may differ from the prediction: the response arrives after our clock read. */
const CLOCK_SLACK = 3;

const routeOf = (row: StorageRow, headers: readonly string[]) =>
	`/${row.transport === "raw" ? "raw-set-cookie" : "set"}?${headers.map((h) => `h=${encodeURIComponent(h)}`).join("&")}`;

/** The prediction as the browser would report it; expiry aligned within the slack so equality is exact. */
function predicted(outcome: StoreOutcome, actual: ApiCookie[]): ReturnType<typeof comparable>[] {
	if (outcome.status !== "stored") return [];
	const cookie: Cookie = comparable(outcome.cookie);
	const seen = actual[0]?.expirationDate;
	if (cookie.expirationDate !== undefined && seen !== undefined) {
		if (Math.abs(seen - cookie.expirationDate) <= CLOCK_SLACK) cookie.expirationDate = Math.round(seen);
	}
	return [cookie];
}

/** Loads the page; a refused response (as for a NUL) is a navigation error the test expects, not a failure. */
async function load(page: BrowserPage, url: string): Promise<void> {
	await page.goto(url).catch(() => undefined);
}

describe.each(BROWSERS)("%s stores what its profile predicts", (name) => {
	let site: FixtureSite;
	let browser: ExtensionBrowser;
	let extensionPage: BrowserPage;
	let page: BrowserPage;

	beforeAll(async () => {
		site = await startFixtureSite();
		browser = await launchBrowser(name);
		extensionPage = await browser.openExtensionPage(POPUP_PATH);
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	test.each(STORAGE_TABLE)("$what: $header", async (row) => {
		await clearApiCookies(extensionPage);
		const url = site.url(APP_HOST, routeOf(row, [row.header]));
		const now = Math.floor(Date.now() / 1000);
		await load(page, url);
		const actual = await readApiCookies(extensionPage);
		const outcome = createCookieJar({ profile: name }).setCookie(row.header, url, now);
		expect(actual.map(comparable)).toEqual(predicted(outcome, actual));

		const expected = row[name];
		if ("refused" in expected) {
			expect(outcome).toMatchObject({ status: "rejected", reason: expected.refused });
			return;
		}
		expect(actual.map(comparable)).toEqual([expect.objectContaining(expected.stored)]);
		if (expected.lifetime !== undefined) {
			expect(Math.abs((actual[0]?.expirationDate ?? 0) - now - expected.lifetime)).toBeLessThanOrEqual(
				CLOCK_SLACK,
			);
		}
		if (expected.sends !== undefined) {
			await load(page, site.url(APP_HOST, "/echo"));
			// The last /echo request, not the last request: Chromium may fetch /favicon.ico after the page.
			const echo = site.requests.filter((r) => r.path === "/echo").at(-1);
			expect(echo).toMatchObject({ path: "/echo", cookie: expected.sends });
		}
	});

	test("a NUL in one Set-Cookie refuses the whole response: its other cookies are not stored either", async () => {
		await clearApiCookies(extensionPage);
		const headers = ["companion=1; Secure; Path=/", "nul=b\0c"];
		await load(page, site.url(APP_HOST, routeOf({ transport: "raw" } as StorageRow, headers)));
		expect(await readApiCookies(extensionPage)).toEqual([]);
		// Control: the same raw route without the NUL stores the companion, so the route itself works.
		await load(page, site.url(APP_HOST, routeOf({ transport: "raw" } as StorageRow, [headers[0] ?? ""])));
		expect((await readApiCookies(extensionPage)).map((c) => c.name)).toEqual(["companion"]);
	});
});
