/** `logoutSite`: every session and CSRF cookie of the site, across subdomains, partitions and the tab's store. */
import type { ActionReply } from "../../messaging/protocol.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteCookies } from "../jar/delete-cookies.ts";
import { isSessionBound, siteCookies } from "../jar/site-cookies.ts";
import { rememberForUndo } from "../stores/undo-store.ts";

export async function logoutSite(
	deps: BackgroundDeps,
	request: { tabId: number; site: string },
): Promise<ActionReply> {
	const cookies = (await siteCookies(deps, request.tabId, request.site)).filter(isSessionBound);
	const { results, removed } = await deleteCookies(
		deps,
		cookies.map((c) => c.report),
	);
	await rememberForUndo(deps.session, removed);
	return { results };
}
