/**
 * One cookie's findings with their fix texts, its history and its known-cookie entry with its
 * description, asked for when its details open (the brief report has none of them).
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
			if (tabId === undefined)
				return cookie.knownAs
					? { findings: cookie.findings, history: [], knownAs: cookie.knownAs }
					: { findings: cookie.findings, history: [] };
			return createClient()("getCookieFindings", { tabId, cookie });
		},
		[tabId],
	);
}
