/** `expireCookies`: at or before now deletes (like clearCookies); a later time rewrites only the expiry. */
import type { CookieReport } from "../../core/report.ts";
import type { ActionReply, ActionResult } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteAndRemember } from "../jar/delete-and-remember.ts";
import { rewriteExpiry } from "../jar/rewrite-expiry.ts";
import { assertKnownStores, type StoreDeps } from "./known-stores.ts";

export async function expireCookies(
	deps: BackgroundDeps & StoreDeps,
	request: { cookies: CookieReport[]; at: number },
): Promise<ActionReply> {
	await assertKnownStores(deps, { message: "expireCookies", field: "cookies" }, request.cookies);
	if (request.at <= deps.now()) return deleteAndRemember(deps, request.cookies);
	const results: ActionResult[] = [];
	for (const cookie of request.cookies) results.push(await rewriteExpiry(deps, cookie, request.at));
	return { results };
}
