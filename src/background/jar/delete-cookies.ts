/** Deleting cookies by identity, each verified by reading the jar back. */
import { errorMessage } from "../../core/error-message.ts";
import type { CookieReport } from "../../core/report.ts";
import type { ActionResult } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { reasons } from "./action-reasons.ts";
import { canWrite } from "./cookie-access.ts";
import { findInJar } from "./jar-lookup.ts";
import type { SavedCookie } from "./saved-cookie.ts";

type JarDeps = Pick<BackgroundDeps, "cookies" | "permissions">;

export interface Deletion {
	results: ActionResult[];
	/** What was actually removed, values included, for undo. */
	removed: SavedCookie[];
}

async function deleteOne(deps: JarDeps, report: CookieReport, removed: SavedCookie[]): Promise<ActionResult> {
	// Checked first: without access the jar reads as empty, which would wrongly say "it is gone".
	if (!(await canWrite(deps.permissions, report))) {
		return { cookie: report, status: "failed", reason: reasons.noAccess(report.domain) };
	}
	const stored = await findInJar(deps.cookies, report);
	if (!stored) return { cookie: report, status: "failed", reason: reasons.gone() };
	let refusal: string | undefined;
	await deps.cookies.remove(stored).catch((error: unknown) => {
		refusal = errorMessage(error);
	});
	if (await findInJar(deps.cookies, report)) {
		return { cookie: report, status: "failed", reason: reasons.stillThere(refusal) };
	}
	removed.push({ cookie: stored, report });
	return { cookie: report, status: "removed" };
}

/** One after another, so two cookies of one action never race for the same jar entry. */
export async function deleteCookies(deps: JarDeps, reports: readonly CookieReport[]): Promise<Deletion> {
	const removed: SavedCookie[] = [];
	const results: ActionResult[] = [];
	for (const report of reports) results.push(await deleteOne(deps, report, removed));
	return { results, removed };
}
