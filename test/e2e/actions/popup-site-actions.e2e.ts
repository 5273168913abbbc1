import { describe, expect, test } from "vitest";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import type { BrowserPage } from "../harness/browser-page.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { captured, captureOutputs, noticeText } from "../harness/pages/popup-actions.ts";
import { accountStatus, echoedCookies } from "../harness/pages/site-view.ts";
import { world } from "../harness/world.ts";

describe.each(BROWSERS)("%s: site actions from the popup", (name) => {
	const w = world(name, { api: true, page: true });

	const account = () => accountStatus(w.page, w.site.url(APP_HOST, "/account"));
	const echoed = async () => [...(await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"))).keys()].sort();
	const jarNames = async () =>
		(await w.api.cookies.getAll({ domain: APP_SITE, partitionKey: {} })).map((c) => c.name).sort();
	/** Signs in as alice (the server starts a session) and opens the popup on /account. */
	async function signedIn(): Promise<BrowserPage> {
		await w.page.goto(w.site.url(APP_HOST, "/login?user=alice"));
		expect(await w.page.text("#status")).toBe("Signed in as alice");
		return openPopupFor(w.browser, w.site.url(APP_HOST, "/account"));
	}

	test("Log out asks first, signs the user out, and Undo signs them back in", async () => {
		const popup = await signedIn();
		await popup.click("[data-action=logout]");
		expect(await popup.text("[role=alertdialog]")).toContain("Log out of example.test?");
		await popup.click("[role=alertdialog] [data-confirm]");
		expect(await noticeText(popup, "noticeLoggedOut")).toContain(
			"Logged out of example.test: 1 cookies removed.",
		);
		expect(await jarNames()).not.toContain("app_session");
		expect(await account()).toBe("Not signed in");
		await popup.click("[data-action=undo]");
		expect(await noticeText(popup, "noticeUndone")).toContain("Undone: 1 cookies put back.");
		expect(await account()).toBe("Signed in as alice");
		await popup.close();
	});

	test("Clear all site cookies empties the site's jar after confirmation", async () => {
		await w.page.goto(w.site.url(APP_HOST, "/set/spread"));
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/set/spread"));
		await popup.click("[data-action=clear-site]");
		await popup.click("[role=alertdialog] [data-confirm]");
		await noticeText(popup, "noticeSiteCleared");
		await popup.waitForSelector("[data-no-own-cookies]");
		expect(await jarNames()).toEqual([]);
		expect(await echoed()).toEqual([]);
		await popup.close();
	});

	test("the replay test: a snapshot restored after a server-side logout no longer signs in", async () => {
		const first = await signedIn();
		await first.click("[data-action=snapshot]");
		expect(await noticeText(first, "noticeSnapshot")).toContain(
			"Snapshot of example.test: 1 session cookies",
		);
		await first.close();
		// The user signs out on the site: the server revokes the session and clears the cookie.
		await w.page.goto(w.site.url(APP_HOST, "/logout"));
		expect(await w.page.text("#status")).toBe("Not signed in");
		expect(await jarNames()).not.toContain("app_session");
		// A later popup still holds the snapshot.
		const second = await openPopupFor(w.browser, w.site.url(APP_HOST, "/account"));
		await second.click("[data-action=restore]");
		expect(await noticeText(second, "noticeRestored")).toContain("Restored: 1. Failed: 0.");
		expect(await echoed()).toContain("app_session");
		expect(await account()).toBe("Not signed in");
		await second.close();
	});

	test("exports JSON as a download and Markdown to the clipboard, without cookie values", async () => {
		await w.page.goto(w.site.url(APP_HOST, "/set/spread"));
		const values = [...(await echoedCookies(w.page, w.site.url(APP_HOST, "/echo"))).values()];
		await w.page.goto(w.site.url(APP_HOST, "/set/spread"));
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, "/set/spread"));
		await captureOutputs(popup);
		await popup.click("[data-action=download]");
		await noticeText(popup, "noticeExported");
		await popup.evaluate(() => {
			const select = document.querySelector<HTMLSelectElement>("[data-export-format]");
			if (!select) throw new Error("no format select");
			select.value = "markdown";
			select.dispatchEvent(new Event("change", { bubbles: true }));
		}, undefined);
		await popup.click("[data-action=copy-report]");
		await noticeText(popup, "noticeReportCopied");
		const [download, clipboard] = await captured(popup, 2);
		expect(download?.kind).toBe("download");
		expect(download?.name).toMatch(/\.json$/);
		const report = JSON.parse(download?.text ?? "{}") as {
			sites: { site: string; cookies: { name: string }[] }[];
		};
		expect(report.sites[0]?.cookies.map((c) => c.name)).toContain("sessionid");
		expect(clipboard?.kind).toBe("clipboard");
		expect(clipboard?.text).toContain("sessionid");
		for (const value of values.filter((v) => v.length > 12)) {
			expect(download?.text).not.toContain(value);
			expect(clipboard?.text).not.toContain(value);
		}
		await popup.close();
	});
});
