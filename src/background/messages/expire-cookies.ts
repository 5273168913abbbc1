/** `expireCookies`: at or before now deletes (like clearCookies); a later time rewrites only the expiry. */
import type { CookieReport } from "../../core/report.ts";
import type { ActionReply, ActionResult } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { rewriteExpiry } from "../jar/rewrite-expiry.ts";
import { assertCookieList, clearCookies } from "./clear-cookies.ts";

export async function expireCookies(
	deps: BackgroundDeps,
	request: { cookies: CookieReport[]; at: number },
): Promise<ActionReply> {
	assertCookieList(request.cookies);
	if (typeof request.at !== "number" || !Number.isFinite(request.at)) {
		throw new Error("Expected `at`: the new expiry in epoch seconds.");
	}
	if (request.at <= deps.now()) return clearCookies(deps, request);
	const results: ActionResult[] = [];
	for (const cookie of request.cookies) results.push(await rewriteExpiry(deps, cookie, request.at));
	return { results };
}
