import type { CookieReport } from "../../core/report.ts";

/** Sessions and csrf tokens are what the popup is about: they come first, the rest is collapsed. */
export function isSessionLike(cookie: CookieReport): boolean {
	return cookie.role === "session" || cookie.role === "csrf";
}
