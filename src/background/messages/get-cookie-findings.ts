/**
 * `getCookieFindings`: one cookie's findings in full, fix texts included, and what known-cookie data says
 * of it with its description, for its expanded details. The popup's report leaves fix texts and
 * descriptions out (most of its bytes at hundreds of cookies), so the tab is audited again and the cookie
 * found by its identity (docs/protocol.md, "Cookies in requests and replies").
 */
import { identityKey } from "../../core/cookie.ts";
import type { CookieReport, Finding, KnownAsReport } from "../../core/report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { inspectTab } from "../tab-reports/inspect-tab.ts";

export async function getCookieFindings(
	deps: BackgroundDeps,
	request: { tabId: number; cookie: CookieReport },
): Promise<{ findings: Finding[]; knownAs?: KnownAsReport }> {
	const { settings } = await deps.reportSettings();
	const { report } = await inspectTab(deps, request.tabId, { settings });
	const key = identityKey(request.cookie);
	for (const site of report.sites) {
		const found = site.cookies.find((c) => identityKey(c) === key);
		if (found)
			return found.knownAs
				? { findings: found.findings, knownAs: found.knownAs }
				: { findings: found.findings };
	}
	throw new Error(`The cookie ${request.cookie.name} is no longer in this tab's cookies: reload the popup.`);
}
