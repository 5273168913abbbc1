import { describe, expect, test } from "vitest";
import { APP_HOST } from "../../site/fixture-site.ts";
import type { BrowserPage } from "../harness/browser-page.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { expandCookie, noticeText, rowOf } from "../harness/pages/popup-actions.ts";
import { world } from "../harness/world.ts";

/** Presses Tab until the focus is on `selector`; fails if it never gets there. */
async function tabTo(popup: BrowserPage, selector: string): Promise<void> {
	for (let i = 0; i < 60; i++) {
		await popup.press("Tab");
		if (await popup.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

/**
 * What known-cookie data says of a cookie and how sure its role is (docs/design.md, "Roles"), as the
 * popup shows them for the fixture site's /set/roles: `_ga` (Google Analytics in the Open Cookie Database)
 * and `zq7` (an unknown name with a random HttpOnly value, a session by a guess only), and
 * `acmechat_session_id` (a session word among a vendor's words, readable by scripts: a guess too).
 */
describe.each(BROWSERS)("%s: known cookies and guessed roles in the popup", (name) => {
	const w = world(name, { api: true, page: true });
	const rolesUrl = () => w.site.url(APP_HOST, "/set/roles");

	test("_ga's details say Google Analytics · analytics, with the description and the role's confidence", async () => {
		await w.page.goto(rolesUrl());
		const popup = await openPopupFor(w.browser, rolesUrl());
		await expandCookie(popup, "_ga");
		// The description comes with the details (getCookieFindings), after the brief report's platform.
		await popup.waitForSelector(`${rowOf("_ga")} [data-known-description]`);
		expect(await popup.text(`${rowOf("_ga")} [data-known-as]`)).toBe(
			"Known as Google Analytics · analytics — ID used to identify users",
		);
		expect(await popup.text(`${rowOf("_ga")} .details [data-confidence]`)).toBe(
			"other · known — analytics cookie of Google Analytics (Open Cookie Database)",
		);
		expect(
			await popup.evaluate((s) => document.querySelector(s) === null, `${rowOf("_ga")} [data-role-question]`),
		).toBe(true);
		await popup.close();
	});

	test("the guessed cookie's row asks whether it is a login cookie; once answered the role is known", async () => {
		await w.page.goto(rolesUrl());
		const popup = await openPopupFor(w.browser, rolesUrl());
		const guessed = rowOf("zq7");
		expect(await popup.text(`${guessed} .role`)).toBe("SESSION GUESS");
		expect(await popup.text(`${guessed} [data-role-question]`)).toContain("Is this a login cookie?");
		// Answered by keyboard alone: Tab reaches the answer, Enter presses it.
		await tabTo(popup, `${guessed} [data-action="answer-session"]`);
		await popup.press("Enter");
		expect(await noticeText(popup, "noticeRoleMarked")).toContain(
			"zq7 is now treated as session on example.test.",
		);
		await popup.waitForSelector(`${guessed}[data-confidence=known]`);
		expect(
			await popup.evaluate((s) => document.querySelector(s) === null, `${guessed} [data-role-question]`),
		).toBe(true);
		expect(await popup.text(`${guessed} .role`)).toBe("SESSION");
		await expandCookie(popup, "zq7");
		expect(await popup.text(`${guessed} .details [data-confidence]`)).toBe(
			'session · known — your role override "zq7" on example.test',
		);
		await popup.close();
	});

	test("a session word among a vendor's words, readable by scripts: a session guess, asked, one severity lower", async () => {
		await w.page.goto(rolesUrl());
		const popup = await openPopupFor(w.browser, rolesUrl());
		const vendor = rowOf("acmechat_session_id");
		expect(await popup.text(`${vendor} .role`)).toBe("SESSION GUESS");
		expect(await popup.text(`${vendor} [data-role-question]`)).toContain("Is this a login cookie?");
		await expandCookie(popup, "acmechat_session_id");
		expect(await popup.text(`${vendor} .details [data-confidence]`)).toBe(
			'session · guess — name has the word "session" among other words; readable by scripts',
		);
		await popup.close();
		// A known or likely session's missing HttpOnly is high; a guess's is medium.
		const tabId = await w.api.tabIdOf(rolesUrl());
		const report = await w.api.request("getTabReport", { tabId });
		const cookie = report.sites.flatMap((s) => s.cookies).find((c) => c.name === "acmechat_session_id");
		expect(cookie?.findings.find((f) => f.rule === "missing-httponly")?.severity).toBe("medium");
	});

	test("the exported JSON report carries roleConfidence and knownAs", async () => {
		const tabId = await w.api.tabIdOf(rolesUrl());
		const { text } = await w.api.request("exportReport", { tabId, format: "json" });
		const cookies: { name: string; roleConfidence: string; knownAs?: object }[] =
			JSON.parse(text).sites[0].cookies;
		const byName = Object.fromEntries(cookies.map((c) => [c.name, [c.roleConfidence, c.knownAs]]));
		expect(byName).toEqual({
			_ga: [
				"known",
				{ platform: "Google Analytics", category: "analytics", description: "ID used to identify users" },
			],
			// Answered in the test before: the role override makes it known.
			zq7: ["known", undefined],
			acmechat_session_id: ["guess", undefined],
		});
	});
});
