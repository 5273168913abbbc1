/** `clearSite`: every cookie of the site, across subdomains, partitions and the tab's store. */
import type { ActionReply } from "../../messaging/protocol.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteCookies } from "../jar/delete-cookies.ts";
import { siteCookies } from "../jar/site-cookies.ts";
import { rememberForUndo } from "../stores/undo-store.ts";

export async function clearSite(
	deps: BackgroundDeps,
	request: { tabId: number; site: string },
): Promise<ActionReply> {
	const cookies = await siteCookies(deps, request.tabId, request.site);
	const { results, removed } = await deleteCookies(
		deps,
		cookies.map((c) => c.report),
	);
	await rememberForUndo(deps.session, removed);
	return { results };
}
