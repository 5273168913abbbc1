/**
 * Who wrote a cookie and what the https hosts said about HSTS, as the background observes it
 * (docs/design.md, "Version 2"): a session cookie written by the page's script next to one the server
 * set, a host without Strict-Transport-Security next to one with it, and the background's own action
 * (expire) not taken for a script's write.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { CookieReport } from "../../../src/core/report.ts";
import type { TabReport } from "../../../src/core/tab-report.ts";
import { APP_HOST, SECURE_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor, readPopupRules } from "../harness/pages/popup.ts";
import { expandCookie, rowOf } from "../harness/pages/popup-actions.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

const SERVER_TOKEN = "Q7vN2kXw9RtL4mZp8YcB3hJd6sFg1aEu";
const SCRIPT_TOKEN = "h5Tq8LmW2zXc7VbN4kRp9JsD3fGy6aQe";
const OBSERVED_RULES = ["set-by-script", "missing-hsts", "samesite-invalid", "samesite-missing"];

const q = (key: string, values: string[]) => values.map((v) => `${key}=${encodeURIComponent(v)}`).join("&");

function observedRules(report: TabReport): Record<string, string[]> {
	const cookies: CookieReport[] = report.sites.flatMap((s) => s.cookies);
	return Object.fromEntries(
		cookies.map((c) => [c.name, c.findings.map((f) => f.rule).filter((r) => OBSERVED_RULES.includes(r))]),
	);
}

describe.each(BROWSERS)("%s: who wrote each cookie, and HSTS", (name) => {
	const w = world(name, { api: true, page: true });
	// A message answered means the background's script has run and its webRequest listener exists: the
	// responses of the first moments after install, before that, are not observed (README, "The popup").
	beforeAll(() => w.api.request("getSettings", {}));

	test("flags the script's session cookie and not the server's, SameSite=Bogus from the header, missing-hsts only where no HSTS came", async () => {
		const serverSet = [
			`sid=${SERVER_TOKEN}; Secure; HttpOnly; Path=/; SameSite=Lax`,
			`odd_sid=${SERVER_TOKEN}; Secure; HttpOnly; Path=/; SameSite=Bogus`,
		];
		await w.page.goto(w.site.url(APP_HOST, `/set?${q("h", serverSet)}`));
		await w.page.goto(
			w.site.url(
				APP_HOST,
				`/script-cookie?${q("c", [
					`session_token=${SCRIPT_TOKEN}; Path=/; Secure; SameSite=Lax`,
					`acmechat_sid=${SCRIPT_TOKEN}; Path=/; Secure; SameSite=Lax`,
				])}`,
			),
		);
		await w.page.waitForSelector("body[data-written='2']");
		// A cookie set by an image's response is the server's too, not the page script's.
		const imagePath = `/set?${q("h", [`image_sid=${SERVER_TOKEN}; Secure; HttpOnly; Path=/; SameSite=Lax`])}`;
		await w.page.evaluate(
			(src) =>
				new Promise<void>((resolve) => {
					const image = new Image();
					image.onload = image.onerror = () => resolve();
					image.src = src;
				}),
			imagePath,
		);
		const appTab = await w.api.tabIdOf(w.site.url(APP_HOST, "/script-cookie"));
		// A write no response explains is the script's once the match window (1 s) has passed.
		const report = await eventually(
			() => w.api.request("getTabReport", { tabId: appTab }),
			(r) => observedRules(r).session_token?.includes("set-by-script") === true,
			"set-by-script on session_token",
		);
		expect(observedRules(report)).toEqual({
			image_sid: ["missing-hsts"],
			// The browser ignored SameSite=Bogus: the jar says "unspecified", the observed header says why.
			odd_sid: ["samesite-invalid", "missing-hsts"],
			sid: ["missing-hsts"],
			session_token: ["set-by-script", "missing-hsts"],
			acmechat_sid: ["set-by-script"],
		});
		// A session word among a vendor's words in a cookie the page's script wrote is a visit id by a
		// guess, not a login: set-by-script is only info on it, while a name of login words stays a session.
		const roles = Object.fromEntries(
			report.sites
				.flatMap((s) => s.cookies)
				.map((c) => [
					c.name,
					[c.role, c.roleConfidence, c.findings.find((f) => f.rule === "set-by-script")?.severity],
				]),
		);
		expect(roles.acmechat_sid).toEqual(["other", "guess", "info"]);
		expect(roles.session_token).toEqual(["session", "likely", "high"]);
		expect(await readPopupRules(w.browser, appTab, "session_token")).toEqual(
			expect.arrayContaining(["set-by-script", "missing-hsts"]),
		);
		expect(await readPopupRules(w.browser, appTab, "sid")).not.toContain("set-by-script");
		// Each cookie's details say who wrote it.
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/script-cookie"));
		const history = async (cookie: string) => {
			await expandCookie(popup, cookie);
			await popup.waitForSelector(`${rowOf(cookie)} [data-history]`);
			return popup.text(`${rowOf(cookie)} [data-history]`);
		};
		expect(await history("session_token")).toMatch(/^History: set by a page script · [^,]+$/);
		expect(await history("sid")).toMatch(/^History: set by GET \/set 200 · [^,]+$/);
		await popup.close();

		const secure = await w.browser.newPage();
		const hsts = q("sts", ["max-age=31536000"]);
		await secure.goto(
			w.site.url(
				SECURE_HOST,
				`/set?${q("h", [`sid=${SERVER_TOKEN}; Secure; HttpOnly; Path=/; SameSite=Lax`])}&${hsts}`,
			),
		);
		const secureTab = await w.api.tabIdOf(w.site.url(SECURE_HOST, "/set"));
		const secureReport = await w.api.request("getTabReport", { tabId: secureTab });
		const secureSid = secureReport.sites.flatMap((s) => s.cookies).filter((c) => c.domain === SECURE_HOST);
		expect(
			secureSid.map((c) => [c.name, c.findings.map((f) => f.rule).filter((r) => OBSERVED_RULES.includes(r))]),
		).toEqual([["sid", []]]);
		await secure.close();
	});

	test("the background's own expire of the server's cookie is not a script's write", async () => {
		const appTab = await w.api.tabIdOf(w.site.url(APP_HOST, "/script-cookie"));
		const before = await w.api.request("getTabReport", { tabId: appTab });
		const sid = before.sites.flatMap((s) => s.cookies).find((c) => c.name === "sid" && c.domain === APP_HOST);
		if (!sid) throw new Error("sid is not in the report");
		const { results } = await w.api.request("expireCookies", {
			cookies: [sid],
			at: Math.floor(Date.now() / 1000) + 300,
		});
		expect(results.map((r) => r.status)).toEqual(["changed"]);
		// Past the match window, so a write taken for a script's would be attributed by now.
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		const after = await w.api.request("getTabReport", { tabId: appTab });
		expect(observedRules(after).sid).toEqual(["missing-hsts"]);
	});
});
