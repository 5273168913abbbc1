/** `undo`: restores what the last clear, expire-now or logout removed, once. */
import type { ActionReply } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { restoreCookies } from "../jar/restore-cookies.ts";
import { takeUndo } from "../stores/undo-store.ts";

export async function undo(deps: BackgroundDeps): Promise<ActionReply> {
	const saved = await takeUndo(deps.session);
	if (!saved) throw new Error("There is nothing to undo: no cookies were cleared since the last undo.");
	return { results: await restoreCookies(deps, saved) };
}
