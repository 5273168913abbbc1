/** Splits a tab's sites into its own site and the sites of its frames. */
import type { SiteReport } from "../../core/report.ts";

/**
 * The background lists the tab's own site first, but only when it has cookies; a page without cookies
 * of its own can still embed frames that have some. A site (registrable domain) is the tab's when the
 * tab's host is it or a subdomain of it, which needs no public-suffix list here.
 */
export function splitTabSites(url: string, sites: readonly SiteReport[]) {
	const first = sites[0];
	const own = first && isTabSite(url, first.site) ? first : undefined;
	return { own, frames: own ? sites.slice(1) : [...sites] };
}

export function isTabSite(url: string, site: string): boolean {
	const host = new URL(url).hostname;
	return host === site || host.endsWith(`.${site}`);
}
