/** Turns an action's verified per-cookie results into the banner the user reads. */
import { errorMessage } from "../core/error-message.ts";
import type { ActionReply, InterruptionNotice } from "../core/tab-report.ts";
import type { MessageKey } from "../ui/common/i18n.ts";
import type { Notice } from "../ui/popup/popup-model.ts";

export function resultNotice(
	key: MessageKey,
	reply: ActionReply,
	before: string[] = [],
	undo = false,
): Notice {
	const failed = reply.results.filter((r) => r.status === "failed");
	const done = reply.results.length - failed.length;
	return {
		tone: failed.length > 0 ? "error" : "ok",
		key,
		substitutions: [...before, String(done), String(failed.length)],
		failures: failed.map((r) => `${r.cookie.name} (${r.cookie.domain}${r.cookie.path}): ${r.reason ?? "?"}`),
		undo: undo && done > 0,
	};
}

export function plainNotice(key: MessageKey, substitutions: string[] = []): Notice {
	return { tone: "ok", key, substitutions, failures: [], undo: false };
}

export function errorNotice(error: unknown): Notice {
	return {
		tone: "error",
		key: "noticeError",
		substitutions: [errorMessage(error)],
		failures: [],
		undo: false,
	};
}

/** The banner for an action the browser stopped half-way and the background finished at its next start. */
export function interruptedNotice(interruption: InterruptionNotice): Notice {
	const { action, site = "", total, doneBeforeStop, failed } = interruption;
	const done = String(doneBeforeStop);
	const count = String(total);
	const notice = (key: MessageKey, substitutions: string[]): Notice => ({
		tone: failed > 0 ? "error" : "ok",
		key,
		substitutions,
		failures: [],
		...(failed > 0 ? { detail: { key: "interruptedUnfinished", substitutions: [String(failed)] } } : {}),
		undo: interruption.undoable,
	});
	if (action === "logoutSite") return notice("interruptedLogoutSite", [site, done, count]);
	if (action === "clearSite") return notice("interruptedClearSite", [site, done, count]);
	if (action === "clearCookies" || action === "logoutSites" || action === "clearOldSessions")
		return notice("interruptedClear", [count, done]);
	return notice("interruptedWrite", [count, done]);
}
