import { crossSitePartitionKey, type ExpectedCookie, type Scheme, toExpected } from "./cookie-spec.ts";
import { WIDGET_HOST } from "./hosts.ts";
import { WIDGET_COOKIES } from "./pages/frame.ts";
import { loginCookieSpec } from "./pages/login.ts";
import { spreadCookiesFor } from "./pages/spread.ts";

/** The pages whose cookies are known in advance (`/set` and `/many` set what the URL asks for). */
export type FixturePage = "spread" | "frame" | "login";
export type BrowserName = "chromium" | "firefox";

/**
 * Exactly the cookies the browser holds after visiting `page` over `scheme` on `host` (for "frame",
 * the top-level page's host), with their flags: the one source of truth for e2e assertions.
 * "login" is the state after /login, before /logout. Values are random and left out.
 */
export function expectedCookies(
	page: FixturePage,
	scheme: Scheme,
	host: string,
	browser?: BrowserName,
): ExpectedCookie[] {
	switch (page) {
		case "spread":
			return spreadCookiesFor(scheme, host).map((spec) => toExpected(spec, host));
		case "login":
			return [toExpected(loginCookieSpec(scheme, host), host)];
		case "frame":
			if (browser === undefined) throw new Error('expectedCookies("frame", …) differs by browser: pass one.');
			return frameCookies(scheme, host, browser);
	}
}

/**
 * The widget's cookies, set from a cross-site frame. `widget_session` is Partitioned (CHIPS): both
 * browsers store it keyed by the top-level site. `widget_prefs` is not: headless Chromium 156 (as
 * launched per docs/testing.md, "Chromium harness"; docs/browser-quirks.md, "Third-party cookies: blocked in headless Chromium, partitioned in Firefox") blocks it as a third-party cookie, while Firefox's Total Cookie
 * Protection stores it partitioned like any third-party cookie
 * (https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/State_Partitioning).
 * Both seen with cookies.getAll({ partitionKey: {} }), 2026-11; getAll({}) leaves partitioned ones out.
 */
function frameCookies(scheme: Scheme, topLevelHost: string, browser: BrowserName): ExpectedCookie[] {
	const partitionKey = crossSitePartitionKey(scheme, topLevelHost);
	return WIDGET_COOKIES.filter((spec) => spec.partitioned || browser === "firefox").map((spec) =>
		toExpected(spec, WIDGET_HOST, partitionKey),
	);
}
