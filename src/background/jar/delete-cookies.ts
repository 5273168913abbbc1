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

/** The cookie as the jar holds it now (value included, for undo), or why it cannot be deleted. */
export async function locateForDeletion(
	deps: JarDeps,
	report: CookieReport,
): Promise<{ saved: SavedCookie } | { failure: ActionResult }> {
	// Checked first: without access the jar reads as empty, which would wrongly say "it is gone".
	if (!(await canWrite(deps.permissions, report))) {
		return { failure: { cookie: report, status: "failed", reason: reasons.noAccess(report.domain) } };
	}
	const stored = await findInJar(deps.cookies, report);
	if (!stored) return { failure: { cookie: report, status: "failed", reason: reasons.gone() } };
	return { saved: { cookie: stored, report } };
}

/** Deletes exactly this stored cookie and checks it is gone. */
export async function deleteSaved(deps: JarDeps, { cookie, report }: SavedCookie): Promise<ActionResult> {
	let refusal: string | undefined;
	await deps.cookies.remove(cookie).catch((error: unknown) => {
		refusal = errorMessage(error);
	});
	if (await findInJar(deps.cookies, cookie)) {
		return { cookie: report, status: "failed", reason: reasons.stillThere(refusal) };
	}
	return { cookie: report, status: "removed" };
}
