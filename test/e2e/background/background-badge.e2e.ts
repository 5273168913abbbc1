import { beforeAll, describe, expect, test } from "vitest";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

/**
 * https://app.example.test/set/spread (test/site/pages/spread.ts) stores 7 cookies. With the default
 * settings, counted by hand from the rules' severity table (README, "Rules"):
 * - sessionid (session): missing-secure high, missing-httponly high, samesite-missing medium
 * - remember_token (session): missing-secure high, broad-domain medium (Domain=example.test)
 * - csrftoken (csrf): missing-secure medium
 * - __Host-session, prefs, _ga, _gid: nothing above low
 * - and, as the background observed the page's https response without Strict-Transport-Security, missing-hsts
 *   medium on each of the three session cookies (sessionid, remember_token, __Host-session; low on csrftoken)
 * 3 high and 6 medium: the badge says 9.
 */
const SPREAD = {
	text: "9",
	title: "Session Hygiene: 9 high or medium findings in this tab's 7 cookies (3 high, 6 medium).",
};
/**
 * Then the page's script sets `auth_token=1234` (a session name, not Secure, not HttpOnly, no SameSite, a
 * numeric value): missing-secure high, missing-httponly high, weak-token high, samesite-missing medium,
 * set-by-script high (a value of the script's own) and missing-hsts medium.
 */
const SPREAD_AND_AUTH_TOKEN = {
	text: "15",
	title: "Session Hygiene: 15 high or medium findings in this tab's 8 cookies (7 high, 8 medium).",
};
/** #b3261e, the badge colour when any finding is high (RGB as `action.getBadgeBackgroundColor` reports it). */
const HIGH_RED = [179, 38, 30];

describe.each(BROWSERS)("%s: live per-tab reports and the badge", (name) => {
	const w = world(name, { api: true, page: true });
	// The background must be running before the first response it is to observe (README, "Rules": a page
	// that loads while it starts has its response unseen, and its cookies read as set-by-script).
	beforeAll(() => w.api.request("getSettings", {}));

	/**
	 * Waits for the badge to read `text`, its title too; on a timeout the error also lists each cookie's findings, so a
	 * failure says which rule the count is off by.
	 */
	async function badgeReads(tabId: number, text: string, what = `the badge "${text}"`) {
		try {
			return await eventually(
				() => w.api.badge(tabId),
				// The text and the title are set in two calls (badge-port.ts): a read between them mixes two counts.
				(b) => b.text === text && b.title.startsWith(`Session Hygiene: ${text} `),
				what,
			);
		} catch (error) {
			const report = await w.api.request("getTabReport", { tabId });
			const findings = report.sites.flatMap((site) =>
				site.cookies.map((c) => `${c.name}: ${c.findings.map((f) => `${f.rule} ${f.severity}`).join(", ")}`),
			);
			// Who wrote the cookies the script is blamed for, and when (the observation's timeline).
			const blamed = report.sites.flatMap((site) =>
				site.cookies.filter((c) => c.findings.some((f) => f.rule === "set-by-script")),
			);
			const histories = await Promise.all(
				blamed.map(async (cookie) => {
					const { history } = await w.api.request("getCookieFindings", { tabId, cookie });
					return `${cookie.name}: ${JSON.stringify(history)}`;
				}),
			);
			throw new Error(
				`${(error as Error).message}; findings: ${findings.join("; ")}; histories: ${histories.join("; ")}`,
			);
		}
	}

	/** Opens the spread page in the world's tab and returns the tab's id once the badge shows the count. */
	async function visitSpread(): Promise<number> {
		const url = w.site.url(APP_HOST, "/set/spread");
		await w.page.goto(url);
		const tabId = await w.api.tabIdOf(url);
		await badgeReads(tabId, SPREAD.text);
		return tabId;
	}

	test("a visited page gets a badge counting its high and medium findings, without anyone asking", async () => {
		const tabId = await visitSpread();
		const badge = await w.api.badge(tabId);
		expect(badge.title).toBe(SPREAD.title);
		expect(badge.color.slice(0, 3)).toEqual(HIGH_RED);
	});

	test("a cookie set by the page's script updates report and badge", async () => {
		const tabId = await visitSpread();
		await w.page.evaluate(() => {
			// biome-ignore lint/suspicious/noDocumentCookie: the scenario is a page script setting a cookie, no navigation.
			document.cookie = "auth_token=1234; path=/";
		}, undefined);
		try {
			const badge = await badgeReads(tabId, SPREAD_AND_AUTH_TOKEN.text);
			expect(badge.title).toBe(SPREAD_AND_AUTH_TOKEN.title);
			// The report now lists the script's cookie; storage.session keeps only which sites the tab shows.
			const report = await w.api.request("getTabReport", { tabId });
			expect(report.sites[0]?.cookies.map((c) => c.name)).toContain("auth_token");
			expect((await w.api.session())[`tab:${tabId}`]).toMatchObject({ tabId, frameSites: ["example.test"] });
		} finally {
			// Removed whatever happened: the next tests count the spread alone.
			await w.page.evaluate(() => {
				// biome-ignore lint/suspicious/noDocumentCookie: removes the scenario's cookie for the next tests.
				document.cookie = "auth_token=; path=/; max-age=0";
			}, undefined);
		}
	});

	test("navigating to a page without cookies empties the badge", async () => {
		const tabId = await visitSpread();
		await w.page.goto("about:blank");
		const badge = await eventually(
			() => w.api.badge(tabId),
			(b) => b.text === "",
			"an empty badge",
		);
		// The manifest's default title (actionTitle), as seen in both browsers: no count is left behind.
		expect(badge.title).toBe("Session Hygiene: audit this tab's session cookies");
	});

	test("turning the badge off in settings empties it, turning it on brings it back", async () => {
		const tabId = await visitSpread();
		const settings = await w.api.request("getSettings", {});
		await w.api.request("setSettings", { settings: { ...settings, badge: false } });
		await eventually(
			() => w.api.badge(tabId),
			(b) => b.text === "",
			"an empty badge",
		);
		await w.api.request("setSettings", { settings });
		await badgeReads(tabId, SPREAD.text, `the badge "${SPREAD.text}" back`);
	});
});
