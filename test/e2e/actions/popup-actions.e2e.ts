import { describe, expect, test } from "vitest";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import type { BrowserPage } from "../harness/browser-page.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import {
	cookieAction,
	expandCookie,
	noticeText,
	rowOf,
	typeInto,
	waitForRowGone,
} from "../harness/pages/popup-actions.ts";
import { echoedCookies } from "../harness/pages/site-view.ts";
import { world } from "../harness/world.ts";

describe.each(BROWSERS)("%s: cookie actions from the popup", (name) => {
	const w = world(name, { api: true, page: true });

	/** Visits /set/spread afresh and opens the popup for that tab. */
	async function popupOnSpread(): Promise<BrowserPage> {
		await w.page.goto(w.site.url(APP_HOST, "/set/spread"));
		return openPopupFor(w.browser, w.site.url(APP_HOST, "/set/spread"));
	}
	const jar = async () => await w.api.cookies.getAll({ domain: APP_SITE, partitionKey: {} });
	const echoed = async () => [...(await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"))).keys()].sort();

	test("Delete removes exactly that cookie: gone from the popup, the jar and the site's requests", async () => {
		const popup = await popupOnSpread();
		const before = await echoed();
		await cookieAction(popup, "sessionid", "delete");
		expect(await noticeText(popup, "noticeDeleted")).toContain("Deleted: 1. Failed: 0.");
		await waitForRowGone(popup, "sessionid");
		expect((await jar()).map((c) => c.name)).not.toContain("sessionid");
		expect(await echoed()).toEqual(before.filter((n) => n !== "sessionid"));
		await popup.close();
	});

	test("Expire now ends a domain-wide cookie; the site stops receiving it", async () => {
		const popup = await popupOnSpread();
		await cookieAction(popup, "remember_token", "expire-now");
		expect(await noticeText(popup, "noticeExpired")).toContain("Expired now: 1. Failed: 0.");
		await waitForRowGone(popup, "remember_token");
		expect((await jar()).map((c) => c.name)).not.toContain("remember_token");
		expect(await echoed()).not.toContain("remember_token");
		await popup.close();
	});

	test("Expire in 5 minutes rewrites only the expiry; the site still receives the cookie", async () => {
		const popup = await popupOnSpread();
		const original = (await jar()).find((c) => c.name === "sessionid");
		await cookieAction(popup, "sessionid", "expire-5");
		await noticeText(popup, "noticeExpiresAt");
		const now = Date.now() / 1000;
		const rewritten = (await jar()).find((c) => c.name === "sessionid");
		expect(rewritten?.expirationDate).toBeGreaterThan(now + 290);
		expect(rewritten?.expirationDate).toBeLessThan(now + 301);
		expect({ ...rewritten, expirationDate: 0, session: false }).toEqual({
			...original,
			expirationDate: 0,
			session: false,
		});
		expect(await popup.text(`${rowOf("sessionid")} .expiry`)).toMatch(/^expires in (4 min|5 min)/);
		expect(await echoed()).toContain("sessionid");
		await popup.close();
	});

	test("Set expiry applies a chosen date and time", async () => {
		const popup = await popupOnSpread();
		await expandCookie(popup, "csrftoken");
		// datetime-local takes local wall-clock time; browser and test share the machine's time zone.
		const at = new Date(Date.now() + 2 * 3600_000);
		at.setSeconds(0, 0);
		const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
		await typeInto(popup, `${rowOf("csrftoken")} input[type=datetime-local]`, local);
		await popup.click(`${rowOf("csrftoken")} [data-action="expire-at"]`);
		await noticeText(popup, "noticeExpiresAt");
		const rewritten = (await jar()).find((c) => c.name === "csrftoken");
		expect(rewritten?.expirationDate).toBe(at.getTime() / 1000);
		expect(await echoed()).toContain("csrftoken");
		await popup.close();
	});

	test("Not a session is remembered in settings and moves the cookie out of the sessions", async () => {
		let popup = await popupOnSpread();
		await cookieAction(popup, "sessionid", "mark-role");
		expect(await noticeText(popup, "noticeRoleMarked")).toContain(
			"sessionid is now treated as other on example.test",
		);
		// No longer a session: it leaves the open list for the collapsed "Other cookies".
		await waitForRowGone(popup, "sessionid");
		const { own } = await w.api.request("getSettingsView", {});
		expect(own.roleOverrides).toContainEqual({ name: "sessionid", site: APP_SITE, role: "other" });
		// A new popup reads the remembered role back through the background's audit.
		await popup.close();
		popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/set/spread"));
		await expandCookie(popup, "sessionid");
		expect(await popup.text(`${rowOf("sessionid")} .role`)).toBe("OTHER");
		await popup.click(`${rowOf("sessionid")} [data-action="mark-role"]`);
		await noticeText(popup, "noticeRoleMarked");
		await popup.waitForSelector(`section.site > ul ${rowOf("sessionid")}[data-role=session]`);
		await popup.close();
	});
});
