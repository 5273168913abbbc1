/** Sorting and filtering of the overview's rows: pure, so the table stays a plain view. */
import { severityRank } from "../../core/severity.ts";
import type { OverviewSite } from "../../messaging/overview-types.ts";

export type SortKey = "site" | "grade" | "sessions" | "cookies" | "worst" | "age";
export interface SortOrder {
	key: SortKey;
	descending: boolean;
}

const GRADE_RANK = { "A+": 0, A: 1, B: 2, C: 3, D: 4, F: 5 } as const;

/** Ascending order of each column: the "best" or earliest first. */
const COMPARE: Record<SortKey, (a: OverviewSite, b: OverviewSite) => number> = {
	site: (a, b) => a.site.localeCompare(b.site) || a.storeId.localeCompare(b.storeId),
	grade: (a, b) => GRADE_RANK[a.grade] - GRADE_RANK[b.grade],
	sessions: (a, b) => a.sessionCount - b.sessionCount,
	cookies: (a, b) => a.cookieCount - b.cookieCount,
	worst: (a, b) =>
		(a.worst ? severityRank(a.worst.severity) : 0) - (b.worst ? severityRank(b.worst.severity) : 0),
	// Older sessions have an earlier first-seen time: ascending age is descending time; none sorts as youngest.
	age: (a, b) =>
		(b.oldestSessionSince ?? Number.POSITIVE_INFINITY) - (a.oldestSessionSince ?? Number.POSITIVE_INFINITY),
};

export function sortSites(sites: readonly OverviewSite[], order: SortOrder): OverviewSite[] {
	const compare = COMPARE[order.key];
	const tieBreak = COMPARE.site;
	return [...sites].sort((a, b) => (order.descending ? compare(b, a) : compare(a, b)) || tieBreak(a, b));
}

export interface SiteFilter {
	/** Part of the site name, case-insensitive. */
	text: string;
	/** "" for every store. */
	storeId: string;
	sessionsOnly: boolean;
}

export function filterSites(sites: readonly OverviewSite[], filter: SiteFilter): OverviewSite[] {
	const text = filter.text.trim().toLowerCase();
	return sites.filter(
		(s) =>
			(text === "" || s.site.includes(text)) &&
			(filter.storeId === "" || s.storeId === filter.storeId) &&
			(!filter.sessionsOnly || s.sessionCount > 0),
	);
}

export const targetKey = (t: { site: string; storeId: string }) => `${t.storeId}\u0000${t.site}`;
