/** Writing saved cookies back (undo, snapshots), each verified by reading the jar back. */
import { errorMessage } from "../../core/error-message.ts";
import type { ActionResult } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { reasons } from "./action-reasons.ts";
import { canWrite } from "./cookie-access.ts";
import { differences, findInJar } from "./jar-lookup.ts";
import type { SavedCookie } from "./saved-cookie.ts";

type JarDeps = Pick<BackgroundDeps, "cookies" | "permissions" | "now">;

async function restoreOne(deps: JarDeps, { cookie, report }: SavedCookie): Promise<ActionResult> {
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

export async function restoreCookies(deps: JarDeps, saved: readonly SavedCookie[]): Promise<ActionResult[]> {
	const results: ActionResult[] = [];
	for (const entry of saved) results.push(await restoreOne(deps, entry));
	return results;
}
