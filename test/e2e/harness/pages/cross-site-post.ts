/**
 * What the server receives with a cross-site top-level POST: the SameSite scenarios set three
 * cookies that differ only in SameSite, then submit a form from another site and read the Cookie header
 * the fixture site recorded.
 */
import { APP_HOST, type FixtureSite, WIDGET_HOST } from "../../../site/fixture-site.ts";
import type { BrowserPage } from "../browser-page.ts";

/** Secure, so both browsers accept SameSite=None; the first one leaves SameSite out. */
const SAMESITE_COOKIES = [
	"unspecified=1; Secure; Path=/",
	"lax=1; Secure; Path=/; SameSite=Lax",
	"none=1; Secure; Path=/; SameSite=None",
];

/** Sets the three cookies on the app host through the fixture site's `/set` page. */
export async function setSameSiteCookies(page: BrowserPage, site: FixtureSite): Promise<void> {
	const query = SAMESITE_COOKIES.map((h) => `h=${encodeURIComponent(h)}`).join("&");
	await page.goto(site.url(APP_HOST, `/set?${query}`));
}

/** The cookie names the server received on the first request whose path starts with `path`. */
async function cookiesReceived(site: FixtureSite, path: string): Promise<string[]> {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		const request = site.requests.find((r) => r.path.startsWith(path));
		if (request) return (request.cookie ?? "").split("; ").map((pair) => pair.split("=")[0] ?? "");
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`the server never received ${path}`);
}

/** Submits a cross-site top-level POST to /echo?via=<via> and returns the cookie names it carried, sorted. */
export async function crossSitePost(page: BrowserPage, site: FixtureSite, via: string): Promise<string[]> {
	const echo = site.url(APP_HOST, `/echo?via=${via}`);
	await page.goto(site.url(WIDGET_HOST, `/cross-site/post?to=${encodeURIComponent(echo)}`));
	return (await cookiesReceived(site, `/echo?via=${via}`)).sort();
}
