/** The popup's filter: by name (case-insensitive substring) and "only cookies with findings". */
import type { CookieReport } from "../../core/report.ts";

export interface CookieFilter {
	name: string;
	onlyWithFindings: boolean;
}

export const NO_FILTER: CookieFilter = { name: "", onlyWithFindings: false };

export function matchesFilter(cookie: CookieReport, filter: CookieFilter): boolean {
	if (filter.onlyWithFindings && cookie.findings.length === 0) return false;
	const needle = filter.name.trim().toLowerCase();
	return needle === "" || cookie.name.toLowerCase().includes(needle);
}

export function isFiltering(filter: CookieFilter): boolean {
	return filter.onlyWithFindings || filter.name.trim() !== "";
}
