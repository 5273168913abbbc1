/**
 * A refused Set-Cookie of each reason a browser enforces, sent by real responses: the reason the report
 * gives, and the jar read back to show the browser really did not store it (docs/design.md, "Version 2");
 * the popup lists each with its fix, in the dark theme.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { TabReport } from "../../../src/core/tab-report.ts";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

const q = (key: string, values: string[]) => values.map((v) => `${key}=${encodeURIComponent(v)}`).join("&");

/** Over https, one response: [header, reason]. */
const HTTPS_REFUSALS: [string, string][] = [
	["dm=1; Domain=other.test; Secure", "domain-mismatch"],
	["ps=1; Domain=test; Secure", "public-suffix-domain"],
	["pi=1; Partitioned", "partitioned-insecure"],
	["=a=b", "syntax"],
	[`big=${"x".repeat(4100)}; Secure`, "too-large"],
	["nosecure=1; SameSite=None", "samesite-none-insecure"],
	["__Secure-p=1", "prefix-violation"],
];

describe.each(BROWSERS)("%s: a refused Set-Cookie of each reason", (name) => {
	// In the dark theme: the section takes its colours from the popup's CSS variables.
	const w = world(name, { api: true, page: true, launch: { colorScheme: "dark" } });
	// A message answered means the background's script has run and its webRequest listener exists: the
	// responses of the first moments after install, before that, are not observed (README, "The popup").
	beforeAll(() => w.api.request("getSettings", {}));

	test("is listed with the reason and its fix, in the popup too, and the browser stored none of them", async () => {
		await w.page.goto(
			w.site.url(
				APP_HOST,
				`/set?${q(
					"h",
					HTTPS_REFUSALS.map(([h]) => h),
				)}`,
			),
		);
		// Over plain http: Secure from an insecure origin.
		await w.page.goto(w.site.url(APP_HOST, `/set?${q("h", ["sfi=1; Secure"])}`, "http"));
		// A control character, which only a raw response can carry.
		await w.page.goto(w.site.url(APP_HOST, `/raw-set-cookie?${q("h", ["ctl=a\u0001b; Secure"])}`));
		const tabId = await w.api.tabIdOf(w.site.url(APP_HOST, "/raw-set-cookie"));
		const report: TabReport = await eventually(
			() => w.api.request("getTabReport", { tabId }),
			(r) => (r.rejected?.length ?? 0) >= HTTPS_REFUSALS.length + 2,
			"every refused header",
		);
		const names = (report.rejected ?? []).map((r) => [r.setCookie.split("=")[0], r.reason]);
		expect(names).toEqual([
			...HTTPS_REFUSALS.map(([h, reason]) => [h.split("=")[0], reason]),
			["sfi", "secure-from-insecure-origin"],
			["ctl", "invalid-characters"],
		]);
		const stored = (await w.api.jar()).map((c) => c.name);
		for (const refused of ["dm", "ps", "pi", "big", "nosecure", "__Secure-p", "sfi", "ctl"]) {
			expect(stored).not.toContain(refused);
		}

		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/raw-set-cookie"));
		const shown = await popup.evaluate(() => {
			const items = [...document.querySelectorAll<HTMLElement>("[data-refused-cookie]")];
			const message = document.querySelector(".refused-message");
			return {
				reasons: items.map((li) => li.dataset.reason),
				color: message ? getComputedStyle(message).color : "",
				fixes: items.filter((li) => li.querySelector("[data-refused-fix]")).length,
			};
		}, null);
		expect(shown).toEqual({
			reasons: [
				...HTTPS_REFUSALS.map(([, reason]) => reason),
				"secure-from-insecure-origin",
				"invalid-characters",
			],
			// --bad-fg of the dark theme (popup.css).
			color: "rgb(255, 148, 146)",
			fixes: HTTPS_REFUSALS.length + 2,
		});
		await popup.close();
	});
});
