/** Splits a tab's sites into its own site and the sites of its frames. */
import type { SiteReport } from "../../core/report.ts";
import type { TabView } from "./popup-model.ts";

/**
 * The background names the tab's own site (`report.site`) and lists it first, but only when it has
 * cookies; a page without cookies of its own can still embed frames that have some.
 */
export function splitTabSites(tab: Pick<TabView, "site" | "sites">) {
	const first = tab.sites[0];
	const own: SiteReport | undefined = first?.site === tab.site ? first : undefined;
	return { own, frames: own ? tab.sites.slice(1) : [...tab.sites] };
}
