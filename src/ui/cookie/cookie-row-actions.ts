/** What a cookie's row, details and buttons may ask for: the four actions on one cookie, nothing of the popup's rest. */
import type { CookieReport, Role } from "../../core/report.ts";
import type { CookieFindings } from "../../core/tab-report.ts";

/** What a brief report leaves out of a cookie, asked for when its details open (getCookieFindings). */
export type CookieDetailsReply = CookieFindings;

export interface CookieRowActions {
	clearCookies(cookies: CookieReport[]): void;
	/** `at` in epoch seconds; at or before now deletes. */
	expireCookies(cookies: CookieReport[], at: number): void;
	/** Remembers the role of this cookie name on this site (settings roleOverrides). */
	markRole(cookie: CookieReport, site: string, role: Role): void;
	copyText(text: string): void;
	/**
	 * The cookie's findings with their fix texts, its observed history, and what known-cookie data says of
	 * it with its description, for its details: the popup's report leaves them out. Without it the details
	 * show the report's as they are.
	 */
	detailsOf?(cookie: CookieReport): Promise<CookieDetailsReply>;
}
