/**
 * The one path of every clearing action (clearCookies, expire now, logoutSite, clearSite and the
 * overview's bulk actions): each cookie deleted and verified, and what was removed kept for undo.
 */

import type { CookieReport } from "../../core/report.ts";
import type { ActionReply } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { rememberForUndo } from "../stores/undo-store.ts";
import { deleteCookies } from "./delete-cookies.ts";

export type DeleteDeps = Pick<BackgroundDeps, "cookies" | "permissions" | "session">;

export async function deleteAndRemember(
	deps: DeleteDeps,
	reports: readonly CookieReport[],
): Promise<ActionReply> {
	const { results, removed } = await deleteCookies(deps, reports);
	await rememberForUndo(deps.session, removed);
	return { results };
}
