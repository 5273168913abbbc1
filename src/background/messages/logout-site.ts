/** `logoutSite`: every session and CSRF cookie of the site, across subdomains, partitions and the tab's store. */
import type { ActionReply } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteAndRemember } from "../jar/delete-and-remember.ts";
import { isSessionBound, siteCookies } from "../jar/site-cookies.ts";

export async function logoutSite(
	deps: BackgroundDeps,
	request: { tabId: number; site: string },
): Promise<ActionReply> {
	const cookies = (await siteCookies(deps, request.tabId, request.site)).filter(isSessionBound);
	return deleteAndRemember(
		deps,
		cookies.map((c) => c.report),
		{ action: "logoutSite", site: request.site },
	);
}
