/**
 * `clearSite`: every cookie of the site, across subdomains, partitions and the tab's store; the history
 * of who wrote them goes with them (docs/protocol.md, "Observed responses").
 */
import type { ActionReply } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteAndRemember } from "../jar/delete-and-remember.ts";
import { siteCookies } from "../jar/site-cookies.ts";

export async function clearSite(
	deps: BackgroundDeps,
	request: { tabId: number; site: string },
): Promise<ActionReply> {
	const cookies = await siteCookies(deps, request.tabId, request.site);
	const reply = await deleteAndRemember(
		deps,
		cookies.map((c) => c.report),
		{ action: "clearSite", site: request.site },
	);
	await deps.forgetObservedSite(request.site);
	return reply;
}
