/** One cookie's findings with their fix texts and its history, asked for when its details open (the report has none). */
import { useCallback } from "preact/hooks";
import type { CookieReport } from "../core/report.ts";
import type { CookieFindings } from "../core/tab-report.ts";
import { createClient } from "../messaging/client.ts";

export function useCookieFindings(
	tabId: number | undefined,
): (cookie: CookieReport) => Promise<CookieFindings> {
	return useCallback(
		async (cookie: CookieReport) => {
			if (tabId === undefined) return { findings: cookie.findings, history: [] };
			return createClient()("getCookieFindings", { tabId, cookie });
		},
		[tabId],
	);
}
