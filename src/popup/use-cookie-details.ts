/**
 * One cookie's findings with their fix texts and its known-cookie entry with its description, asked for
 * when its details open (the brief report has neither).
 */
import { useCallback } from "preact/hooks";
import type { CookieReport } from "../core/report.ts";
import { createClient } from "../messaging/client.ts";
import type { CookieDetailsReply } from "../ui/cookie/cookie-row-actions.ts";

export function useCookieDetails(
	tabId: number | undefined,
): (cookie: CookieReport) => Promise<CookieDetailsReply> {
	return useCallback(
		async (cookie: CookieReport) => {
			if (tabId === undefined) return cookie;
			return createClient()("getCookieFindings", { tabId, cookie });
		},
		[tabId],
	);
}
