/** Ordering and counting of findings by severity, shared by the text and Markdown views and `--fail-on`. */
import {
	type CookieReport,
	type Finding,
	type Report,
	SEVERITIES,
	type Severity,
	severityRank,
} from "../report.ts";

/** Worst first, then by rule id so that equal severities keep a stable order. */
export function compareFindings(a: Finding, b: Finding): number {
	return severityRank(b.severity) - severityRank(a.severity) || a.rule.localeCompare(b.rule);
}

/** The worst severity among the findings, or null when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
	let worst: Severity | null = null;
	for (const f of findings) {
		if (worst === null || severityRank(f.severity) > severityRank(worst)) worst = f.severity;
	}
	return worst;
}

/** Cookies with the worst findings first; cookies without findings last, each group by name. */
export function sortCookiesBySeverity(cookies: readonly CookieReport[]): CookieReport[] {
	const rank = (c: CookieReport) => {
		const worst = worstSeverity(c.findings);
		return worst === null ? 0 : severityRank(worst);
	};
	return [...cookies].sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name));
}

/** How many findings of each severity the report holds. */
export function countBySeverity(report: Report): Record<Severity, number> {
	const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
	for (const site of report.sites) {
		for (const cookie of site.cookies) {
			for (const f of cookie.findings) counts[f.severity] += 1;
		}
	}
	return counts;
}

/** `--fail-on`: true when some finding is at or above the threshold; never for "none". */
export function reachesThreshold(report: Report, threshold: Severity | "none"): boolean {
	if (threshold === "none") return false;
	const counts = countBySeverity(report);
	return SEVERITIES.some((s) => severityRank(s) >= severityRank(threshold) && counts[s] > 0);
}

/** "3 findings (1 high, 2 medium)" or "no findings". */
export function describeCounts(counts: Record<Severity, number>): string {
	const total = SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
	if (total === 0) return "no findings";
	const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
	return `${total} finding${total === 1 ? "" : "s"} (${parts.join(", ")})`;
}
