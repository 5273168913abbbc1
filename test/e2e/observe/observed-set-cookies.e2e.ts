/**
 * The background sees what the responses said (docs/design.md, "Version 2"): the Set-Cookie headers the
 * browser refused, from the top frame and from a fetch(), several in one response, in getTabReport,
 * exportReport and the popup's "Refused by the browser" section, values masked.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { ReportJson } from "../../../src/core/report.ts";
import type { TabReport } from "../../../src/core/tab-report.ts";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { axeViolations } from "../harness/pages/popup-look.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

const setPath = (headers: string[]) => `/set?${headers.map((h) => `h=${encodeURIComponent(h)}`).join("&")}`;

/** Three Set-Cookie headers in one response from the top frame, two more from the page's fetch(). */
const TOP = [
	"__Host-top=v4lue1; Secure",
	"keep=v4lue2; Secure; HttpOnly; Path=/",
	"none=v4lue3; SameSite=None",
];
const FETCHED = ["fetched=v4lue4; SameSite=None", "ok=v4lue5; Secure"];

const NONE_FIX =
	"Fix: Add Secure, which means serving the site over https: SameSite=None is accepted only on Secure cookies.";
const PREFIX_FIX =
	"Fix: __Host- needs Secure, Path=/ and no Domain; __Secure- needs Secure: add what is missing, or drop the prefix.";

const inconsistent = (report: TabReport): string[] =>
	report.sites.flatMap((s) =>
		s.cookies.filter((c) => c.findings.some((f) => f.rule === "browser-inconsistent")).map((c) => c.name),
	);

describe.each(BROWSERS)("%s: refused Set-Cookie headers of the tab", (name) => {
	const w = world(name, { api: true, page: true });
	// A message answered means the background's script has run and its webRequest listener exists: the
	// responses of the first moments after install, before that, are not observed (README, "The popup").
	beforeAll(() => w.api.request("getSettings", {}));

	test("are listed with reason and response in getTabReport, exportReport and the popup; the others are stored", async () => {
		await w.page.goto(w.site.url(APP_HOST, setPath(TOP)));
		await w.page.evaluate((path) => fetch(path).then((r) => r.text()), setPath(FETCHED));
		const url = w.site.url(APP_HOST, "/set");
		const tabId = await w.api.tabIdOf(url);
		// Chromium wants an explicit Path=/ for __Host-; Firefox takes the default path "/" (browser-profiles.ts).
		const refusedHere = name === "chromium" ? 3 : 2;
		const report: TabReport = await eventually(
			() => w.api.request("getTabReport", { tabId }),
			(r) =>
				(r.rejected?.length ?? 0) >= refusedHere && inconsistent(r).length === (name === "firefox" ? 1 : 0),
			`${refusedHere} refused headers`,
		);
		// The one Firefox stores and Chromium refuses is a browser-inconsistent finding there.
		expect(inconsistent(report)).toEqual(name === "firefox" ? ["__Host-top"] : []);
		const listed = (report.rejected ?? []).map((r) => [
			r.setCookie,
			r.reason,
			r.response?.method,
			r.response?.url,
			r.response?.status,
			r.browsers ?? null,
		]);
		const hostTop = [
			"__Host-top=…; Secure",
			"prefix-violation",
			"GET",
			url,
			200,
			{ chromium: "refused", firefox: "stored" },
		];
		expect(listed).toEqual([
			...(name === "chromium" ? [hostTop] : []),
			["none=…; SameSite=None", "samesite-none-insecure", "GET", url, 200, null],
			["fetched=…; SameSite=None", "samesite-none-insecure", "GET", url, 200, null],
		]);
		const stored = report.sites[0]?.cookies.map((c) => c.name).sort();
		expect(stored).toEqual(name === "chromium" ? ["keep", "ok"] : ["__Host-top", "keep", "ok"]);

		const exported = await w.api.request("exportReport", { tabId, format: "json" });
		const json = JSON.parse(exported.text) as ReportJson;
		expect(json.rejected).toEqual(report.rejected);
		// The page's own URL carries the headers in its query; what the observation keeps must not.
		const kept = Object.entries(await w.api.session()).filter(([key]) => key.startsWith("observ"));
		expect(kept.map(([key]) => key).sort()).toEqual([
			"observation",
			"observationSecret",
			`observed:${tabId}`,
		]);
		expect(JSON.stringify(kept)).not.toMatch(/v4lue\d/);

		const popup = await openPopupFor(w.browser, url);
		const shown = await popup.evaluate(
			() =>
				[...document.querySelectorAll<HTMLElement>("[data-refused-cookie]")].map((li) => [
					li.dataset.reason,
					li.querySelector(".refused-header")?.textContent,
					li.querySelector("[data-refused-browsers]")?.textContent ?? null,
					li.querySelector("[data-refused-fix]")?.textContent,
				]),
			null,
		);
		expect(shown).toEqual([
			...(name === "chromium"
				? [
						[
							"prefix-violation",
							"__Host-top=…; Secure",
							"Chromium: refuses it · Firefox: stores it",
							PREFIX_FIX,
						],
					]
				: []),
			["samesite-none-insecure", "none=…; SameSite=None", null, NONE_FIX],
			["samesite-none-insecure", "fetched=…; SameSite=None", null, NONE_FIX],
		]);
		const violations = await axeViolations(popup);
		expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
		// A native <details>: the keyboard reaches its summary and folds it.
		await popup.evaluate(
			() => document.querySelector<HTMLElement>("[data-section=refused] > summary")?.focus(),
			null,
		);
		await popup.press("Enter");
		await popup.waitForFunction(() => document.querySelectorAll("[data-refused-cookie]").length === 0, null);
		await popup.close();
	});

	test("are still listed after the browser stopped the background (storage.session), and a response wakes it", async () => {
		const url = w.site.url(APP_HOST, "/set");
		const tabId = await w.api.tabIdOf(url);
		const before = await w.api.request("getTabReport", { tabId });
		if (!w.browser.armBackgroundStop) throw new Error(`${name} cannot stop its background`);
		const stop = await w.browser.armBackgroundStop();
		await stop();
		// A response while the background is stopped wakes it (the listener is registered at top level).
		await w.page.evaluate(
			(path) => fetch(path).then((r) => r.text()),
			setPath(["woke=v4lue7; SameSite=None"]),
		);
		const after = await eventually(
			() => w.api.request("getTabReport", { tabId }),
			(r) => (r.rejected?.length ?? 0) > (before.rejected?.length ?? 0),
			"the header sent while the background was stopped",
		);
		expect(after.rejected?.map((r) => r.setCookie)).toEqual([
			...(before.rejected ?? []).map((r) => r.setCookie),
			"woke=…; SameSite=None",
		]);
	});
});
