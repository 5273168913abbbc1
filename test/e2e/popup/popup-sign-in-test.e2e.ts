/**
 * The popup's sign-in test (docs/protocol.md, "Sign-ins"), on the fixture site's sign-in flows: press
 * Test sign-in, sign in on the page, reopen the popup, press Finish. A kept id is session fixation, shown
 * as the verdict and as a high finding on the `sid` row; a renewed or first-set id is no finding. What the
 * server received says the same. The panel is looked at in the dark theme in Chromium and the light one
 * in Firefox (PANEL_THEME), so the axe checks cover both palettes without running every scenario twice.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { APP_HOST, APP_SITE } from "../../site/hosts.ts";
import type { BrowserPage } from "../harness/browser-page.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor, PANEL_THEME } from "../harness/pages/popup.ts";
import { rowOf } from "../harness/pages/popup-actions.ts";
import { axeViolations } from "../harness/pages/popup-look.ts";
import { world } from "../harness/world.ts";

const RUNNING =
	/^Sign-in test running since \d\d:\d\d\. Sign in on the page as usual, then open Session Hygiene again and press Finish\.$/;
const PANEL = `section.sign-in-test[aria-label="Sign-in test for ${APP_SITE}"]`;

/** Presses Tab until the focus is on `selector`; fails if it never gets there. */
async function tabTo(popup: BrowserPage, selector: string): Promise<void> {
	for (let i = 0; i < 80; i++) {
		await popup.press("Tab");
		if (await popup.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe.each(BROWSERS)("%s: the popup's sign-in test", (name) => {
	const w = world(name, { api: true, page: true, launch: { colorScheme: PANEL_THEME[name] } });
	// The background must be running before the first observed response (README, "The popup").
	beforeAll(() => w.api.request("getSettings", {}));

	const loginUrl = (flow: string) => w.site.url(APP_HOST, `/flows/${flow}/login`);

	/** Each flow's cookies have its own path (`/flows/<flow>/`): the earlier flows' stay out of its page. */
	const openLogin = (flow: string) => w.page.goto(loginUrl(flow));

	const startTest = async (flow: string) => {
		const popup = await openPopupFor(w.browser, loginUrl(flow));
		await popup.click(`${PANEL} [data-action="sign-in-test"]`);
		await popup.waitForSelector(`${PANEL}[data-sign-in-phase=running]`);
		expect(await popup.text(`${PANEL} [role=status] > p`)).toMatch(RUNNING);
		await popup.close();
	};

	const signIn = async () => {
		await w.page.click("button[type=submit]");
		await w.page.waitForFunction(
			() => document.querySelector("#status")?.textContent === "Signed in as alice",
			null,
		);
	};

	/** Reopens the popup on the account page: the test still runs; Finish, pressed from the keyboard. */
	const finish = async (flow: string) => {
		const popup = await openPopupFor(w.browser, w.site.url(APP_HOST, `/flows/${flow}/account`));
		await popup.waitForSelector(`${PANEL}[data-sign-in-phase=running]`);
		expect(await popup.text(`${PANEL} [role=status] > p`)).toMatch(RUNNING);
		await tabTo(popup, `${PANEL} [data-action="sign-in-finish"]`);
		await popup.press("Enter");
		await popup.waitForSelector(`${PANEL}[data-sign-in-phase=done]`);
		return popup;
	};

	/** The result's lines for the flow's own cookies, and the verdict. */
	const result = (popup: BrowserPage, flow: string) =>
		popup.evaluate(
			({ panel, path }) => ({
				verdict: document.querySelector(`${panel} [data-verdict]`)?.textContent,
				verdictClass: document.querySelector(`${panel} [data-verdict]`)?.className,
				lines: [...document.querySelectorAll(`${panel} li[data-path="${path}"]`)].map((li) => li.textContent),
			}),
			{ panel: PANEL, path: `/flows/${flow}/` },
		);

	const fixationRows = (popup: BrowserPage) =>
		popup.evaluate(
			() =>
				[...document.querySelectorAll("li.cookie")]
					.filter((li) => li.querySelector('[data-rule="session-fixation"]'))
					.map(
						(li) =>
							`${li.getAttribute("data-cookie")} ${li.querySelector('[data-rule="session-fixation"]')?.className}`,
					),
			null,
		);

	/** The `sid` values the server received: with the sign-in, then with the account page. */
	const sidsSent = (flow: string) => {
		const sent = w.site.requests
			.filter((r) => r.path.startsWith(`/flows/${flow}/`) && /\bsid=/.test(r.cookie ?? ""))
			.map((r) => [r.method, r.path.split("?")[0], /\bsid=([^;]+)/.exec(r.cookie ?? "")?.[1]]);
		const login = sent.find(([method]) => method === "POST")?.[2];
		const account = sent.filter(([, path]) => path === `/flows/${flow}/account`).at(-1)?.[2];
		return { login, account };
	};

	test.each(["keep", "json-keep"])(
		"%s: the kept sid is session fixation, on the sid row too",
		async (flow) => {
			await openLogin(flow);
			await startTest(flow);
			await signIn();
			const popup = await finish(flow);
			const shown = await result(popup, flow);
			expect(shown.verdict).toBe("Session fixation: the session id kept its value across your sign-in");
			expect(shown.verdictClass).toBe("sign-in-verdict sev-high");
			const sid = shown.lines.filter((l) => l?.startsWith("sid "));
			expect(sid).toEqual(["sid (session): kept its value (session fixation)"]);
			const others = shown.lines.filter((l) => !l?.startsWith("sid ")).sort();
			expect(others).toHaveLength(2);
			expect(others[0]).toMatch(/^_ga \(other\): /);
			expect(others[1]).toMatch(/^csrftoken \(csrf token\): /);
			expect(others.join(" ")).not.toContain("session fixation");
			// The report asked again after Finish: the finding is on the sid row, and on no other.
			await popup.waitForSelector(`${rowOf("sid")} [data-rule="session-fixation"]`);
			expect(await fixationRows(popup)).toEqual(["sid finding sev-high"]);
			const blocking = (await axeViolations(popup)).filter(
				(v) => v.impact === "serious" || v.impact === "critical",
			);
			expect(blocking).toEqual([]);
			await popup.close();
			const { login, account } = sidsSent(flow);
			expect(login).toBeDefined();
			expect(account).toBe(login);
		},
	);

	test("renew: the renewed sid is no finding", async () => {
		await openLogin("renew");
		await startTest("renew");
		await signIn();
		const popup = await finish("renew");
		const shown = await result(popup, "renew");
		expect(shown.verdict).toBe("The sign-in renewed the session id");
		expect(shown.verdictClass).toBe("sign-in-verdict");
		expect(shown.lines.filter((l) => l?.startsWith("sid "))).toEqual(["sid (session): renewed"]);
		await popup.waitForSelector(`${rowOf("sid")}`);
		expect(await fixationRows(popup)).toEqual([]);
		await popup.close();
		const { login, account } = sidsSent("renew");
		expect(login).toBeDefined();
		expect(account).toBeDefined();
		expect(account).not.toBe(login);
	});

	test("first: the sid set at the sign-in is new, no finding", async () => {
		await openLogin("first");
		await startTest("first");
		await signIn();
		const popup = await finish("first");
		const shown = await result(popup, "first");
		expect(shown.verdict).toBe("The sign-in renewed the session id");
		expect(shown.lines.filter((l) => l?.startsWith("sid "))).toEqual(["sid (session): new at sign-in"]);
		expect(await fixationRows(popup)).toEqual([]);
		await popup.close();
	});

	test("Cancel: the running test is gone after reopening", async () => {
		await openLogin("keep");
		await startTest("keep");
		const popup = await openPopupFor(w.browser, loginUrl("keep"));
		await popup.waitForSelector(`${PANEL}[data-sign-in-phase=running]`);
		await popup.click(`${PANEL} [data-action="sign-in-cancel"]`);
		await popup.waitForSelector(`${PANEL}[data-sign-in-phase=idle]`);
		await popup.close();
		const again = await openPopupFor(w.browser, loginUrl("keep"));
		await again.waitForSelector(`${PANEL} [data-action="sign-in-test"]`);
		expect(
			await again.evaluate((s) => document.querySelector(`${s}[data-sign-in-phase=running]`), PANEL),
		).toBe(null);
		await again.close();
	});
});
