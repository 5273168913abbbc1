/** What the fixture site received, as a test reads it: the Cookie header of /echo, and /account's status. */
import type { BrowserPage } from "../browser-page.ts";

/** Navigates `page` to the site's /echo and returns the cookies it received, name → value. */
export async function echoedCookies(page: BrowserPage, echoUrl: string): Promise<Map<string, string>> {
	await page.goto(echoUrl);
	const echoed = JSON.parse(await page.text("body")) as { cookie: string | null };
	const pairs = (echoed.cookie ?? "").split("; ").filter(Boolean);
	return new Map(pairs.map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]));
}

/** Navigates to /account and returns what it says ("Signed in as alice" or "Not signed in"). */
export async function accountStatus(page: BrowserPage, accountUrl: string): Promise<string> {
	await page.goto(accountUrl);
	return page.text("#status");
}
