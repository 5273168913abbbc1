/**
 * Whether each browser profile stores or refuses one Set-Cookie header from one URL, given only where
 * they disagree: the `browsers` of a refused header in the report (docs/design.md, "Version 2").
 */
import type { BrowserVerdict } from "../report.ts";
import { BROWSER_PROFILES, profilesCanDiffer } from "./browser-profiles.ts";
import { evaluateSetCookie } from "./evaluate-set-cookie.ts";

export interface BrowserVerdicts {
	chromium: BrowserVerdict;
	firefox: BrowserVerdict;
}

/**
 * `{chromium, firefox}` when one profile refuses the header and the other stores (or, when expired,
 * deletes) a cookie from it; null when both refuse or both store. `now` is epoch seconds.
 */
export function browserVerdicts(header: string, url: string, now: number): BrowserVerdicts | null {
	if (!profilesCanDiffer(header)) return null;
	const verdict = (rules: (typeof BROWSER_PROFILES)["chromium"]): BrowserVerdict =>
		evaluateSetCookie(header, url, now, rules).kind === "rejected" ? "refused" : "stored";
	const chromium = verdict(BROWSER_PROFILES.chromium);
	const firefox = verdict(BROWSER_PROFILES.firefox);
	return chromium === firefox ? null : { chromium, firefox };
}
