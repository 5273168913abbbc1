import { afterAll, describe, expect, test } from "vitest";
import type { BrowserPage, ExtensionBrowser } from "../harness/browser-page.ts";
import { FLOOR_PATH, floorBuild } from "./floor/floor-build.ts";

/**
 * The popup's first screen (the header with the grade and every session and csrf row), timed from the
 * page's navigation start to its "first-screen" performance mark, next to a do-nothing popup that lists
 * the same cookies (floor/floor.js) measured in the same browser: at 180 cookies (the most a browser
 * keeps per site, test/site/pages/many.ts), at about 2,000 (one site's and eleven frames' sites'), and
 * for the first open after the browser started against later opens. Printed for `npm run bench`, not
 * asserted: timings on a shared machine are not a pass/fail signal (README, "Speed"). Worst case: every
 * cookie is a session (a session pattern matches them all), so every row is on the first screen.
 */

// The harness reads DIST_DIR when it is first imported: point it at the copy with the floor page first.
const floor = floorBuild();
process.env.DIST_DIR = floor.dir;
const { APP_HOST, FIXTURE_HOSTS } = await import("../../site/fixture-site.ts");
const { BROWSERS } = await import("../harness/browsers/browsers.ts");
const { POPUP_PATH } = await import("../harness/pages/popup.ts");
const { world } = await import("../harness/world.ts");
afterAll(floor.remove);

/** Opens per measurement: the median of several is far steadier than one open. */
const RUNS = 5;
/** Frame sites for about 2,000 cookies: `*.localhost` is loopback in both browsers, each its own site. */
const FRAME_HOSTS = Array.from({ length: 11 }, (_, i) => `s${i + 1}.localhost`);
const PER_SITE = 170;

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The tab showing `urlPrefix`, asked from the floor page, which sends the background nothing. */
async function tabIdOf(browser: ExtensionBrowser, urlPrefix: string): Promise<number> {
	const page = await browser.openExtensionPage(FLOOR_PATH);
	try {
		return await page.evaluate(async (prefix) => {
			type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
			const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
			const tab = (await (g.browser ?? g.chrome).tabs.query({})).find((t) => t.url?.startsWith(prefix));
			if (tab?.id === undefined) throw new Error(`no tab at ${prefix}`);
			return tab.id;
		}, urlPrefix);
	} finally {
		await page.close();
	}
}

interface Screen {
	ms: number;
	rows: number;
}

/** Opens `path` for the tab and reads when its first screen was committed, and how many rows it has. */
async function firstScreen(browser: ExtensionBrowser, path: string, tabId: number): Promise<Screen> {
	const page: BrowserPage = await browser.openExtensionPage(`${path}?tabId=${tabId}`);
	await page.waitForFunction(() => performance.getEntriesByName("first-screen").length > 0, undefined);
	const shown = await page.evaluate(
		() => ({
			ms: performance.getEntriesByName("first-screen")[0]?.startTime ?? Number.NaN,
			// The tab's own site's rows (the floor has no sections: all of its rows).
			rows: (document.querySelector("section.site") ?? document).querySelectorAll("li.cookie").length,
		}),
		undefined,
	);
	await page.close();
	return shown;
}

/** Ours and the floor, alternately, RUNS times each: the medians and the rows of ours. */
async function againstFloor(browser: ExtensionBrowser, tabId: number) {
	const ours: Screen[] = [];
	const plain: Screen[] = [];
	for (let i = 0; i < RUNS; i++) {
		ours.push(await firstScreen(browser, POPUP_PATH, tabId));
		plain.push(await firstScreen(browser, FLOOR_PATH, tabId));
	}
	return {
		ours: median(ours.map((s) => s.ms)),
		floor: median(plain.map((s) => s.ms)),
		rows: ours[0]?.rows ?? 0,
	};
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

describe.each(BROWSERS)("%s: the popup's first screen with a full jar", (name) => {
	const w = world(name, {
		api: true,
		// Firefox resolves only the names it is given (docs/browser-quirks.md, "Firefox
		// network.dns.localDomains takes exact names").
		launch: { firefoxPrefs: { "network.dns.localDomains": [...FIXTURE_HOSTS, ...FRAME_HOSTS].join(",") } },
	});

	test("at 180 cookies and at about 2,000, against a do-nothing popup listing the same cookies", async () => {
		const { own } = await w.api.request("getSettingsView", {});
		await w.api.request("setSettings", { settings: { ...own, sessionPatterns: ["bulk_*"] } });
		const page = await w.browser.newPage();
		await page.goto(w.site.url(APP_HOST, "/many?n=500"));
		const tabId = await tabIdOf(w.browser, w.site.url(APP_HOST, "/many"));
		const small = await againstFloor(w.browser, tabId);
		console.log(
			`${name}: first screen at 180 cookies: ${ms(small.ours)}, do-nothing popup ${ms(small.floor)}, ${(small.ours / small.floor).toFixed(2)}× (${small.rows} session rows)`,
		);
		expect(small.rows).toBeGreaterThan(150);

		for (const host of FRAME_HOSTS) await page.goto(w.site.url(host, `/many?n=${PER_SITE}`, "http"));
		await page.goto(w.site.url(APP_HOST, "/many?n=500"));
		await page.evaluate(
			(urls) => {
				for (const src of urls)
					document.body.append(Object.assign(document.createElement("iframe"), { src }));
			},
			FRAME_HOSTS.map((host) => w.site.url(host, "/echo", "http")),
		);
		const bigTab = await tabIdOf(w.browser, w.site.url(APP_HOST, "/many"));
		const report = await w.api.request("getTabReport", { tabId: bigTab });
		const count = report.sites.reduce((n, s) => n + s.cookies.length, 0);
		const big = await againstFloor(w.browser, bigTab);
		console.log(
			`${name}: first screen at ${count} cookies: ${ms(big.ours)}, do-nothing popup ${ms(big.floor)}, ${(big.ours / big.floor).toFixed(2)}× (${report.sites.length} sites)`,
		);
		expect(count).toBeGreaterThan(1800);
		await w.api.request("setSettings", { settings: own });
	});
});

describe.each(BROWSERS)("%s: the first popup after the browser starts", (name) => {
	// No API page: it is a popup page too, and would be the first to ask for a report.
	const w = world(name);

	test("against later opens of the same tab", async () => {
		const page = await w.browser.newPage();
		// Session cookies by their names (the settings are left as they are at a browser start).
		const headers = Array.from(
			{ length: 150 },
			(_, i) => `h=${encodeURIComponent(`session_${i}=${"9f3a".repeat(8)}${i}; Path=/`)}`,
		);
		await page.goto(w.site.url(APP_HOST, `/set?${headers.join("&")}`));
		const tabId = await tabIdOf(w.browser, w.site.url(APP_HOST, "/set"));
		const first = await firstScreen(w.browser, POPUP_PATH, tabId);
		const later: number[] = [];
		for (let i = 0; i < RUNS; i++) later.push((await firstScreen(w.browser, POPUP_PATH, tabId)).ms);
		const usual = median(later);
		console.log(
			`${name}: first open after start ${ms(first.ms)}, later opens ${ms(usual)}, ${(first.ms / usual).toFixed(2)}×`,
		);
		expect(first.rows).toBeGreaterThan(0);
	});
});
