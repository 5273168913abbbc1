import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
	APP_HOST,
	type FixtureSite,
	OTHER_HOST,
	startFixtureSite,
	WIDGET_HOST,
} from "../../site/fixture-site.ts";
import type { BrowserPage, ExtensionBrowser } from "../harness/browser-page.ts";
import { BROWSERS, launchBrowser } from "../harness/browsers/browsers.ts";
import { type ExtensionApi, openExtensionApi } from "../harness/extension-api.ts";
import { OVERVIEW_PATH, setCookiePath, typeInto } from "../harness/pages/settings-page.ts";

const TOKEN = "3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b3e6d9c2f";
const DAY = 86_400;

async function openOverview(browser: ExtensionBrowser): Promise<BrowserPage> {
	const page = await browser.openExtensionPage(OVERVIEW_PATH);
	await page.waitForSelector("[data-state=ready] table");
	return page;
}

const rowOf = (site: string) => `tr[data-site="${site}"]`;

async function confirmAndSummarise(
	page: BrowserPage,
	button: string,
): Promise<{ removed: number; failed: number }> {
	await page.click(button);
	await page.waitForSelector("[data-confirm]");
	await page.click("[data-confirm]");
	await page.waitForSelector("[data-summary]");
	return page.evaluate(() => {
		const el = document.querySelector<HTMLElement>("[data-summary]");
		return { removed: Number(el?.dataset.removed), failed: Number(el?.dataset.failed) };
	}, undefined);
}

describe.each(BROWSERS)("%s: the all-sessions overview", (name) => {
	let site: FixtureSite;
	let browser: ExtensionBrowser;
	let api: ExtensionApi;
	const namesAt = async (domain: string) =>
		(await api.cookies.getAll({ domain, partitionKey: {} })).map((c) => c.name).sort();

	beforeAll(async () => {
		site = await startFixtureSite();
		browser = await launchBrowser(name);
		api = await openExtensionApi(browser);
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	test("lists every site with its sessions; logging out of one clears its sessions only, as the jar shows", async () => {
		const page = await browser.newPage();
		const secure = "Path=/; Secure; HttpOnly; SameSite=Lax";
		await page.goto(
			site.url(APP_HOST, setCookiePath(`sid=${TOKEN}; ${secure}`, "theme=dark; Path=/; Secure")),
		);
		await page.goto(site.url(OTHER_HOST, setCookiePath(`auth_token=${TOKEN}; ${secure}`)));
		await page.goto(site.url(WIDGET_HOST, setCookiePath(`session=${TOKEN}; ${secure}`)));

		const overview = await openOverview(browser);
		const example = await overview.text(rowOf("example.test"));
		expect(example).toContain("example.test");
		expect(await overview.text(`${rowOf("example.test")} [data-sessions]`)).toBe("2");
		expect(await overview.text(`${rowOf("thirdparty.test")} [data-sessions]`)).toBe("1");

		await overview.click(`${rowOf("example.test")} input[type=checkbox]`);
		expect(await confirmAndSummarise(overview, "[data-logout]")).toEqual({ removed: 2, failed: 0 });
		expect(await namesAt("example.test")).toEqual(["theme"]);
		expect(await namesAt("thirdparty.test")).toEqual(["session"]);
		await overview.waitForSelector(`${rowOf("example.test")}`);
		expect(await overview.text(`${rowOf("example.test")} [data-sessions]`)).toBe("0");
		await overview.close();
		await page.close();
	});

	test("clears only the sessions first seen more than N days ago", async () => {
		const page = await browser.newPage();
		await page.goto(site.url(APP_HOST, setCookiePath(`old_session=${TOKEN}; Path=/; Secure; HttpOnly`)));
		await page.goto(site.url(APP_HOST, setCookiePath(`new_session=${TOKEN}a; Path=/; Secure; HttpOnly`)));
		// Ages start when the extension first sees a cookie: make one ten days old in its record.
		await (await openOverview(browser)).close();
		await api.page.evaluate(async (day) => {
			type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
			type Api = { storage: { local: Local } };
			const g = globalThis as unknown as { browser?: Api; chrome: Api };
			const storage = (g.browser ?? g.chrome).storage.local;
			// A record is {t: first seen (epoch s), h: keyed fingerprint, k: key id}; only the time moves.
			type Seen = { t: number };
			const { firstSeen } = (await storage.get("firstSeen")) as { firstSeen: Record<string, Seen> };
			const old = Object.keys(firstSeen).filter((key) => key.endsWith("\u0000old_session"));
			if (old.length !== 1) throw new Error(`expected one old_session record, found ${old.length}`);
			for (const key of old) {
				const seen = firstSeen[key] as Seen;
				seen.t = Math.floor(Date.now() / 1000) - 10 * day;
			}
			await storage.set({ firstSeen });
		}, DAY);

		const overview = await openOverview(browser);
		await typeInto(overview, "[data-days]", "7");
		expect(await confirmAndSummarise(overview, "[data-clear-old]")).toEqual({ removed: 1, failed: 0 });
		const left = await namesAt("example.test");
		expect(left).toContain("new_session");
		expect(left).not.toContain("old_session");
		await overview.close();
		await page.close();
	});
});
