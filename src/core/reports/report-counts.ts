/** A report's findings counted per severity: the text and Markdown summaries and `--fail-on`. */
import type { Report, Severity } from "../report.ts";
import { countBySeverity, SEVERITIES, type SeverityCounts, severityRank } from "../severity.ts";

/** How many findings of each severity the report holds, over every site. */
export function reportCounts(report: Report): SeverityCounts {
	return countBySeverity(report.sites.flatMap((s) => s.cookies));
}

/** `--fail-on`: true when some finding is at or above the threshold; never for "none". */
export function reachesThreshold(report: Report, threshold: Severity | "none"): boolean {
	if (threshold === "none") return false;
	const counts = reportCounts(report);
	return SEVERITIES.some((s) => severityRank(s) >= severityRank(threshold) && counts[s] > 0);
}

/** "3 findings (1 high, 2 medium)" or "no findings". */
export function describeCounts(counts: SeverityCounts): string {
	const total = SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
	if (total === 0) return "no findings";
	const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
	return `${total} finding${total === 1 ? "" : "s"} (${parts.join(", ")})`;
}
