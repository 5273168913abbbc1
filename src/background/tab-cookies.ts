/**
 * Collects the cookies that apply to a tab: those sent to its page and to each of its frames, in the
 * tab's own cookie store, including partitioned (CHIPS) copies keyed to the tab's top-level site.
 */
import type { Cookie } from "../core/cookie.ts";
import { identityKey } from "../core/cookie.ts";
import { siteOf } from "../core/site/site-key.ts";
import type { CookiePort } from "../platform/cookie-port.ts";

export function isInspectableUrl(url: string): boolean {
	return url.startsWith("http://") || url.startsWith("https://");
}

/** A partitioned cookie belongs to this tab only when it was set under the tab's top-level site. */
function belongsToTab(cookie: Cookie, topSite: string): boolean {
	const key = cookie.partitionKey?.topLevelSite;
	return !key || siteOf(new URL(key).hostname) === topSite;
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
		const cookies = await port.getAll({ url, storeId, partitionKey: {} });
		const fresh = cookies.filter((c) => belongsToTab(c, topSite) && !seen.has(identityKey(c)));
		for (const c of fresh) seen.add(identityKey(c));
		byUrl.set(url, fresh);
	}
	return byUrl;
}
