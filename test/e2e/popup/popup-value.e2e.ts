import { describe, expect, test } from "vitest";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { captured, captureOutputs, expandCookie, rowOf } from "../harness/pages/popup-actions.ts";
import { echoedCookies } from "../harness/pages/site-view.ts";
import { world } from "../harness/world.ts";

describe.each(BROWSERS)("%s: a cookie's value in the popup", (name) => {
	const w = world(name, { page: true });

	test("is masked until revealed, then shows what the site receives; copy hands over the real value; the token is analysed", async () => {
		await w.page.goto(w.site.url(APP_HOST, "/set/spread"));
		const sent = (await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"))).get("sessionid");
		expect(sent).toMatch(/^[0-9a-f]{16,}$/);
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/echo"));
		await expandCookie(popup, "sessionid");
		const value = `${rowOf("sessionid")} code.value`;
		expect(await popup.text(value)).not.toContain(sent);
		expect(await popup.text(value)).toMatch(/^•+$/);
		await popup.click(`${rowOf("sessionid")} .value-row button[aria-pressed]`);
		await popup.waitForSelector(`${value}[data-value-shown=revealed]`);
		expect(await popup.text(value)).toBe(sent);

		await captureOutputs(popup);
		await popup.click(`${rowOf("sessionid")} .value-row button:not([aria-pressed])`);
		expect(await captured(popup, 1)).toEqual([{ kind: "clipboard", text: sent }]);

		const bits = await popup.evaluate(
			(row) =>
				Number(document.querySelector(`${row} [data-entropy-bits]`)?.getAttribute("data-entropy-bits")),
			rowOf("sessionid"),
		);
		expect(bits).toBeGreaterThanOrEqual(64);
		await popup.close();
	});
});
