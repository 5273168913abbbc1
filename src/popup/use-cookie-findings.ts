/** One cookie's findings with their fix texts, asked for when its details open (the report has none). */
import { useCallback } from "preact/hooks";
import type { CookieReport, Finding } from "../core/report.ts";
import { createClient } from "../messaging/client.ts";

export function useCookieFindings(tabId: number | undefined): (cookie: CookieReport) => Promise<Finding[]> {
	return useCallback(
		async (cookie: CookieReport) => {
			if (tabId === undefined) return cookie.findings;
			return (await createClient()("getCookieFindings", { tabId, cookie })).findings;
		},
		[tabId],
	);
}
