/** Writing saved cookies back (undo, snapshots), each verified by reading the jar back. */
import { errorMessage } from "../../core/error-message.ts";
import type { ActionResult } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import type { Journal } from "../stores/journal-store.ts";
import { reasons } from "./action-reasons.ts";
import { canWrite } from "./cookie-access.ts";
import { differences, findInJar } from "./jar-lookup.ts";
import { runJournaled } from "./journaled-run.ts";
import type { SavedCookie } from "./saved-cookie.ts";

type JarDeps = Pick<BackgroundDeps, "cookies" | "permissions" | "now">;
export type RestoreDeps = JarDeps & Pick<BackgroundDeps, "session">;

/** Writes one saved cookie back exactly as it was and checks the jar holds it so. */
export async function writeSaved(deps: JarDeps, { cookie, report }: SavedCookie): Promise<ActionResult> {
	if (cookie.expirationDate !== undefined && cookie.expirationDate <= deps.now()) {
		return { cookie: report, status: "failed", reason: reasons.expiredBeforeRestore(cookie.expirationDate) };
	}
	if (!(await canWrite(deps.permissions, cookie))) {
		return { cookie: report, status: "failed", reason: reasons.noAccess(cookie.domain) };
	}
	let refusal: string | undefined;
	await deps.cookies.set(cookie).catch((error: unknown) => {
		refusal = errorMessage(error);
	});
	const stored = await findInJar(deps.cookies, cookie);
	if (!stored) return { cookie: report, status: "failed", reason: reasons.notStored(refusal) };
	const changed = differences(cookie, stored);
	if (changed.length > 0) {
		return {
			cookie: report,
			status: "failed",
			reason: refusal ? reasons.notStored(refusal) : reasons.storedDifferently(changed),
		};
	}
	return { cookie: report, status: "restored" };
}

/** Writes the saved cookies back under a journal, so a stop in the middle is finished at the next start. */
export function restoreCookies(
	deps: RestoreDeps,
	saved: readonly SavedCookie[],
	journal: Pick<Journal, "action" | "site" | "consumesUndo">,
): Promise<ActionResult[]> {
	return runJournaled(deps.session, { ...journal, kind: "write", items: [...saved] }, {}, (item) =>
		writeSaved(deps, item),
	);
}
