/** A cookie kept for later (undo, snapshots): the full record with its value, and how it was reported. */
import type { Cookie } from "../../core/cookie.ts";
import type { CookieReport } from "../../core/report.ts";

export interface SavedCookie {
	cookie: Cookie;
	report: CookieReport;
}
