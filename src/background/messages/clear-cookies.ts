/** `clearCookies`: deletes exactly the given cookies; undo can bring them back. */
import type { CookieReport } from "../../core/report.ts";
import type { ActionReply } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteAndRemember } from "../jar/delete-and-remember.ts";
import { assertKnownStores, type StoreDeps } from "../jar/known-stores.ts";

export async function clearCookies(
	deps: BackgroundDeps & StoreDeps,
	request: { cookies: CookieReport[] },
): Promise<ActionReply> {
	await assertKnownStores(deps, { message: "clearCookies", field: "cookies" }, request.cookies);
	return deleteAndRemember(deps, request.cookies, { action: "clearCookies" });
}
