/**
 * Collects the cookies that apply to a tab: those sent to its page and to each of its frames, in the
 * tab's own cookie store, including partitioned (CHIPS) copies keyed to the tab's top-level site.
 */
import type { Cookie } from "../../core/cookie.ts";
import { identityKey } from "../../core/cookie.ts";
import { siteOf } from "../../core/site/site-key.ts";
import type { CookiePort } from "../../platform/cookie-port.ts";

export function isInspectableUrl(url: string): boolean {
	return url.startsWith("http://") || url.startsWith("https://");
}

/** A partitioned cookie belongs to this tab only when it was set under the tab's top-level site. */
function belongsToTab(cookie: Cookie, topSite: string): boolean {
	const key = cookie.partitionKey?.topLevelSite;
	return !key || siteOf(new URL(key).hostname) === topSite;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The URLs to ask the jar about for one frame. Browsers send Secure cookies to http://localhost (a
 * potentially trustworthy origin), but Firefox's `getAll({url})` leaves them out for an http URL
 * (docs/browser-quirks.md, "Firefox getAll omits Secure localhost cookies"), so loopback pages are also asked about as https.
 */
function queryUrls(url: string): string[] {
	const u = new URL(url);
	if (u.protocol !== "http:" || !LOOPBACK.has(u.hostname)) return [url];
	u.protocol = "https:";
	return [url, u.toString()];
}

export async function cookiesOfFrames(
	port: CookiePort,
	frameUrls: readonly string[],
	storeId: string,
): Promise<Map<string, Cookie[]>> {
	const top = frameUrls[0];
	const topSite = top ? siteOf(new URL(top).hostname) : "";
	const byUrl = new Map<string, Cookie[]>();
	const seen = new Set<string>();
	for (const url of frameUrls) {
		if (!isInspectableUrl(url) || byUrl.has(url)) continue;
		// `partitionKey: {}` returns partitioned and unpartitioned cookies alike (MDN cookies.getAll).
		const lists = await Promise.all(
			queryUrls(url).map((u) => port.getAll({ url: u, storeId, partitionKey: {} })),
		);
		const fresh: Cookie[] = [];
		for (const c of lists.flat()) {
			if (!belongsToTab(c, topSite) || seen.has(identityKey(c))) continue;
			seen.add(identityKey(c));
			fresh.push(c);
		}
		byUrl.set(url, fresh);
	}
	return byUrl;
}
