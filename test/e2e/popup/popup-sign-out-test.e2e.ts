/**
 * The sign-out test from the popup (docs/protocol.md, "The sign-out test"), against the fixture site's
 * sign-in flows (docs/testing.md, "The fixture site"): `logout` revokes the session on the server,
 * `logout-cookie-only` only clears the cookie, so a restored copy still signs in. Each test signs in to a
 * flow of its own: a second sign-out test of the same cookie, in the same tab, did not see its sign-out
 * when these tests were written (the timeline recorded no later event of that cookie).
 */
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import type { BrowserPage } from "../harness/browser-page.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor, PANEL_THEME } from "../harness/pages/popup.ts";
import { rowOf } from "../harness/pages/popup-actions.ts";
import { axeViolations } from "../harness/pages/popup-look.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

const confirmText = (flow: string) =>
	`The server answered GET ${flow}/account 200 to the restored session. Does the page show you signed in?`;

/** Presses Tab until the focus is on `selector`; fails if it never gets there. */
async function tabTo(popup: BrowserPage, selector: string): Promise<void> {
	for (let i = 0; i < 80; i++) {
		await popup.press("Tab");
		if (await popup.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

const phaseIs = (popup: BrowserPage, phase: string) =>
	popup.waitForSelector(`[aria-label="Sign-out test of ${APP_SITE}"][data-sign-out-phase="${phase}"]`);

async function blockingAxe(popup: BrowserPage): Promise<string[]> {
	const violations = await axeViolations(popup);
	return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

// Dark in Chromium, light in Firefox (PANEL_THEME): the axe checks see both palettes on the panel.
describe.each(BROWSERS)("%s: the sign-out test in the popup", (name) => {
	const w = world(name, { api: true, page: true, launch: { colorScheme: PANEL_THEME[name] } });
	// The background must be running before the first response it is to observe (README, "The popup").
	beforeAll(() => w.api.request("getSettings", {}));
	// A test left waiting would take the next sign-in (a new sid replaces the old one) for a sign-out.
	afterEach(async () => {
		const tabId = await w.api.tabIdOf(accountUrl());
		await w.api.send("cancelSignOutTest", { tabId, site: APP_SITE });
	});

	let FLOW = "/flows/renew";
	const accountUrl = () => w.site.url(APP_HOST, `${FLOW}/account`);
	const status = () => w.page.evaluate(() => document.querySelector("#status")?.textContent ?? null, null);
	const sids = async () =>
		(await w.api.jar()).filter((c) => c.name === "sid" && c.path === `${FLOW}/`).map((c) => c.value);

	const signIn = async () => {
		await w.page.goto(w.site.url(APP_HOST, `${FLOW}/login`));
		await w.page.click("button[type=submit]");
		await w.page.waitForFunction(
			() => document.querySelector("#status")?.textContent === "Signed in as alice",
			null,
		);
	};

	/** Signs in, opens the popup for the tab, presses Test sign-out and signs out at `logout`. */
	const signOutDuringTest = async (logout: string) => {
		await signIn();
		const before = await sids();
		expect(before).toHaveLength(1);
		const popup = await openPopupFor(w.browser, accountUrl());
		await popup.click('[data-action="sign-out-test"]');
		await phaseIs(popup, "waiting");
		expect(await popup.text(`[aria-label="Sign-out test of ${APP_SITE}"] p`)).toBe(
			"Sign-out test: sign out on the page as usual. Session Hygiene will then restore your session and reload the page.",
		);
		const since = Date.now();
		// The background's reload may interrupt this navigation's last steps (Chromium: net::ERR_ABORTED).
		await w.page.goto(w.site.url(APP_HOST, `${FLOW}/${logout}`)).catch(() => undefined);
		await phaseIs(popup, "confirm");
		return { popup, sid: before[0], since };
	};

	test("a server that revokes the session at logout: No, signed out, and the jar is put back", async () => {
		FLOW = "/flows/renew";
		const { popup, since } = await signOutDuringTest("logout");
		// The reloaded account page answered 200 with the id kept, so the extension asks.
		expect(await popup.text(`[aria-label="Sign-out test of ${APP_SITE}"] p`)).toBe(confirmText(FLOW));
		await eventually(status, (s) => s === "Not signed in", "the reloaded page signed out");
		const reloads = w.site.requests.filter((r) => r.path === `${FLOW}/account` && r.time >= since);
		expect(reloads.length).toBeGreaterThanOrEqual(2);
		expect(await blockingAxe(popup)).toEqual([]);
		await popup.click('[data-answer="signed-out"]');
		await phaseIs(popup, "done");
		expect(await popup.text("[data-verdict]")).toBe(
			`Logout ended the session on the server (the restored session was refused: GET ${FLOW}/account 200)`,
		);
		expect(await popup.text('[data-sign-out-phase="done"] p.muted')).toBe(
			"Your cookies were put back as the sign-out left them",
		);
		expect(await sids()).toEqual([]);
		expect(await popup.evaluate(() => document.querySelector('[data-rule="logout-not-revoked"]'), null)).toBe(
			null,
		);
		const tabId = await w.api.tabIdOf(accountUrl());
		expect(await w.api.request("getSignOutTest", { tabId, site: APP_SITE })).toMatchObject({
			site: APP_SITE,
			phase: "done",
			verdict: "revoked",
			putBack: true,
		});
		await popup.close();
	});

	test("a logout that only clears the cookie: the restored id signs in; Yes, kept, is logout-not-revoked", async () => {
		FLOW = "/flows/first";
		const { popup, sid, since } = await signOutDuringTest("logout-cookie-only");
		expect(await popup.text(`[aria-label="Sign-out test of ${APP_SITE}"] p`)).toBe(confirmText(FLOW));
		await eventually(status, (s) => s === "Signed in as alice", "the reloaded page signed in");
		// The reload carried the restored id, the one from before the sign-out.
		const reload = w.site.requests.filter((r) => r.path === `${FLOW}/account` && r.time >= since).at(-1);
		expect(reload?.cookie?.split("; ").filter((c) => c.startsWith("sid="))).toEqual([`sid=${sid}`]);
		// Keep checked, then the answer by keyboard: Tab reaches it, Enter presses it.
		await popup.click("[data-sign-out-keep]");
		await tabTo(popup, '[data-answer="signed-in"]');
		await popup.press("Enter");
		await phaseIs(popup, "done");
		expect(await popup.text("[data-verdict]")).toBe(
			"Logout did not end the session on the server: the restored session still signs you in",
		);
		expect(await blockingAxe(popup)).toEqual([]);
		expect(await sids()).toEqual([sid]);
		// The report is asked again after the answer: the kept cookie's row has the finding.
		await popup.waitForSelector(`${rowOf("sid")} [data-rule="logout-not-revoked"].sev-high`);
		expect(await popup.text(`${rowOf("sid")} [data-rule="logout-not-revoked"]`)).toContain("sid");
		await popup.close();
	});

	test("Cancel while waiting for the sign-out leaves no test and the session as it was", async () => {
		FLOW = "/flows/keep";
		await signIn();
		const before = await sids();
		const popup = await openPopupFor(w.browser, accountUrl());
		await popup.click('[data-action="sign-out-test"]');
		await phaseIs(popup, "waiting");
		await popup.click('[data-action="sign-out-cancel"]');
		await phaseIs(popup, "none");
		const tabId = await w.api.tabIdOf(accountUrl());
		expect(await w.api.request("getSignOutTest", { tabId, site: APP_SITE })).toEqual({ site: APP_SITE });
		expect(await sids()).toEqual(before);
		await popup.close();
	});
});
