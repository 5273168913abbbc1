/** `expireCookies`: at or before now deletes (like clearCookies); a later time rewrites only the expiry. */
import type { CookieReport } from "../../core/report.ts";
import type { ActionReply, ActionResult } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteAndRemember } from "../jar/delete-and-remember.ts";
import { runJournaled } from "../jar/journaled-run.ts";
import { assertKnownStores, type StoreDeps } from "../jar/known-stores.ts";
import { applyExpiry, planExpiry } from "../jar/rewrite-expiry.ts";
import { endJournal } from "../stores/journal-store.ts";

export async function expireCookies(
	deps: BackgroundDeps & StoreDeps,
	request: { cookies: CookieReport[]; at: number },
): Promise<ActionReply> {
	await assertKnownStores(deps, { message: "expireCookies", field: "cookies" }, request.cookies);
	if (request.at <= deps.now()) return deleteAndRemember(deps, request.cookies, { action: "expireCookies" });
	const planned = [];
	for (const cookie of request.cookies) planned.push(await planExpiry(deps, cookie, request.at));
	const items = planned.flatMap((p) => ("saved" in p ? [p.saved] : []));
	const journal = { action: "expireCookies" as const, kind: "write" as const, items };
	const done = await runJournaled(deps.session, journal, {}, (item) => applyExpiry(deps, item));
	await endJournal(deps.session);
	const results: ActionResult[] = [];
	let next = 0;
	for (const p of planned) {
		const result = "failure" in p ? p.failure : done[next++];
		if (result) results.push(result);
	}
	return { results };
}
