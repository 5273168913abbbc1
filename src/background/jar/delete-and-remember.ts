/**
 * The one path of every clearing action (clearCookies, expire now, logoutSite, clearSite and the
 * overview's bulk actions): the cookies are located, journaled together with an undo record of all of them,
 * then deleted and verified one by one. However the background is stopped, undo restores what went.
 */
import type { CookieReport } from "../../core/report.ts";
import type { ActionReply, ActionResult } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { endJournal, type JarAction } from "../stores/journal-store.ts";
import { peekUndo, settleUndo, undoEntry } from "../stores/undo-store.ts";
import { deleteSaved, locateForDeletion } from "./delete-cookies.ts";
import { runJournaled } from "./journaled-run.ts";
import type { SavedCookie } from "./saved-cookie.ts";

export type DeleteDeps = Pick<BackgroundDeps, "cookies" | "permissions" | "session">;

/** Which action this is, for the notice if it is interrupted. */
export interface ActionName {
	action: JarAction;
	site?: string;
}

export async function deleteAndRemember(
	deps: DeleteDeps,
	reports: readonly CookieReport[],
	name: ActionName,
): Promise<ActionReply> {
	const located = [];
	for (const report of reports) located.push(await locateForDeletion(deps, report));
	const items: SavedCookie[] = located.flatMap((l) => ("saved" in l ? [l.saved] : []));
	const previousUndo = await peekUndo(deps.session);
	const journal = {
		...name,
		kind: "delete" as const,
		items,
		...(previousUndo ? { previousUndo } : {}),
	};
	const done = await runJournaled(deps.session, journal, items.length > 0 ? undoEntry(items) : {}, (item) =>
		deleteSaved(deps, item),
	);
	const removed = items.filter((_, i) => done[i]?.status === "removed");
	await settleUndo(deps.session, removed, previousUndo);
	await endJournal(deps.session);
	const results: ActionResult[] = [];
	let next = 0;
	for (const l of located) {
		const result = "failure" in l ? l.failure : done[next++];
		if (result) results.push(result);
	}
	return { results };
}
