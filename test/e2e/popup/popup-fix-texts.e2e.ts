import { describe, expect, test } from "vitest";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { expandCookie, rowOf } from "../harness/pages/popup-actions.ts";
import { setCookiePath } from "../harness/pages/settings-page.ts";
import { world } from "../harness/world.ts";

/**
 * The popup's report leaves fix texts out (getTabReport `brief`, docs/protocol.md, "Messages"): a
 * cookie's details ask for them when it is expanded, and the exports still carry them in full.
 */
describe.each(BROWSERS)("%s: a cookie's fix texts in the popup", (name) => {
	const w = world(name, { api: true, page: true });

	test("are not on the first screen, and show with their snippets once the cookie is expanded", async () => {
		await w.page.goto(w.site.url(APP_HOST, setCookiePath("sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b; Path=/")));
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/set"));
		const httpOnly = `${rowOf("sid")} [data-finding="missing-httponly"]`;
		expect(await popup.text(`${rowOf("sid")} [data-rule="missing-httponly"]`)).toContain(
			'Session cookie "sid" has no HttpOnly attribute',
		);
		expect(await popup.evaluate((s) => document.querySelectorAll(s).length, "[data-fix]")).toBe(0);
		await expandCookie(popup, "sid");
		await popup.waitForSelector(`${httpOnly} [data-fix]`);
		const fix = await popup.text(`${httpOnly} [data-fix]`);
		expect(fix).toContain(
			"Set the HttpOnly attribute (Set-Cookie: …; HttpOnly) unless scripts must read this cookie.",
		);
		expect(fix).toContain("session({ cookie: { httpOnly: true } }) (the default)");
		expect(fix).toContain("SESSION_COOKIE_HTTPONLY = True (the default)");
		// The details show the message in full, naming the cookie's scope.
		expect(await popup.text(`${httpOnly} p`)).toContain(
			'Session cookie "sid" (domain app.example.test, path /',
		);
		await popup.close();
	});

	test("are in the exported report in full", async () => {
		const tabId = await w.api.tabIdOf(w.site.url(APP_HOST, "/set"));
		const { text } = await w.api.request("exportReport", { tabId, format: "json" });
		// report@2: each fix text once in `fixes`, a finding points at its own by `fixIndex`.
		const report = JSON.parse(text);
		expect(report.schema).toBe("session-hygiene/report@2");
		const sid = report.sites[0].cookies.find((c: { name: string }) => c.name === "sid");
		const finding = sid.findings.find((f: { rule: string }) => f.rule === "missing-httponly");
		expect(report.fixes[finding.fixIndex]).toMatch(
			/^Set the HttpOnly attribute \(Set-Cookie: …; HttpOnly\) unless scripts must read this cookie\.\nExpress: session\(\{ cookie: \{ httpOnly: true \} \}\) \(the default\)\n/,
		);
	});
});
