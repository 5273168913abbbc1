/** `snapshotSite`: the site's session and CSRF cookies, values included, kept in `storage.session`. */
import type { BackgroundDeps } from "../deps.ts";
import { isSessionBound, siteCookies } from "../jar/site-cookies.ts";
import { saveSnapshot } from "../stores/snapshot-store.ts";

export async function snapshotSite(
	deps: BackgroundDeps,
	request: { tabId: number; site: string },
): Promise<{ snapshotId: string; count: number }> {
	const cookies = (await siteCookies(deps, request.tabId, request.site)).filter(isSessionBound);
	const { storeId } = await deps.tabs.get(request.tabId);
	const snapshotId = await saveSnapshot(deps.session, {
		site: request.site,
		storeId,
		takenAt: deps.now(),
		cookies,
	});
	return { snapshotId, count: cookies.length };
}
