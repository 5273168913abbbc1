/**
 * Severity: the one home of the list of severities, their rank, the order of findings and cookies, the
 * worst of several and the counts per severity. The popup, the badge, the overview, the text, Markdown and
 * SARIF reports, scoring and `--fail-on` all read them from here.
 *
 * The order of a cookie's findings, everywhere they are listed (the report's own arrays, the popup, the
 * text and Markdown reports): worst severity first, then catalogue order (src/core/rules/rule-ids.ts), so
 * that `missing-secure` comes before `missing-httponly` at the same severity. Rule ids the catalogue does
 * not know (a report from a newer version) come after the known ones of their severity, by id.
 */
import type { CookieReport, Finding, Severity } from "./report.ts";
import { RULE_IDS } from "./rules/rule-ids.ts";

/** Every severity, worst first: the order of the popup's and the reports' counts. */
export const SEVERITIES: readonly Severity[] = ["high", "medium", "low", "info"];

/** A table, not `indexOf`: findings are compared on every cookie of an audit (`npm run bench`). */
const RANK: Readonly<Record<Severity, number>> = { high: 4, medium: 3, low: 2, info: 1 };

/** Higher is worse: 4 for high down to 1 for info, so 0 can stand for "no finding". */
export function severityRank(severity: Severity): number {
	return RANK[severity];
}

export type SeverityCounts = Record<Severity, number>;

const CATALOGUE_INDEX: ReadonlyMap<string, number> = new Map(RULE_IDS.map((id, i) => [id, i]));

function catalogueIndex(rule: string): number {
	return CATALOGUE_INDEX.get(rule) ?? RULE_IDS.length;
}

/** The order of findings (see above): negative when `a` is listed before `b`. */
export function compareFindings(
	a: Pick<Finding, "rule" | "severity">,
	b: Pick<Finding, "rule" | "severity">,
): number {
	const bySeverity = RANK[b.severity] - RANK[a.severity];
	if (bySeverity !== 0 || a.rule === b.rule) return bySeverity;
	const byCatalogue = catalogueIndex(a.rule) - catalogueIndex(b.rule);
	return byCatalogue !== 0 ? byCatalogue : a.rule < b.rule ? -1 : 1;
}

/**
 * Puts findings in order, in place, and returns them. An insertion sort: a cookie has a few findings,
 * for which Array#sort's setup cost dominated the audit (`npm run bench`); already ordered input (as
 * `runRules` collects it, in catalogue order) costs one comparison per finding.
 */
export function sortFindings<T extends Pick<Finding, "rule" | "severity">>(findings: T[]): T[] {
	for (let i = 1; i < findings.length; i++) {
		const f = findings[i] as T;
		let j = i - 1;
		for (; j >= 0 && compareFindings(findings[j] as T, f) > 0; j--) findings[j + 1] = findings[j] as T;
		findings[j + 1] = f;
	}
	return findings;
}

/** A copy of the findings in order, for the views: the report's arrays are not theirs to sort. */
export function findingsInOrder(findings: readonly Finding[]): Finding[] {
	return sortFindings([...findings]);
}

function worstBy<T>(items: Iterable<T>, severityOf: (item: T) => Severity): Severity | null {
	let worst: Severity | null = null;
	for (const item of items) {
		const s = severityOf(item);
		if (worst === null || RANK[s] > RANK[worst]) worst = s;
	}
	return worst;
}

/** The worst of some severities, or null when there are none. */
export function worstOf(severities: Iterable<Severity>): Severity | null {
	return worstBy(severities, (s) => s);
}

/** The worst severity among the findings, or null when there are none. */
export function worstSeverity(findings: Iterable<Pick<Finding, "severity">>): Severity | null {
	return worstBy(findings, (f) => f.severity);
}

/**
 * A copy of the cookies in order: the worst findings first, cookies without findings last, equal ones by
 * name. Each cookie's rank is taken once, not on every comparison.
 */
/**
 * The order `localeCompare` gives, from one collator made once: `localeCompare` sets one up per call,
 * which was about a tenth of the popup's render at 180 cookies in a Chromium CPU profile (2026-12).
 */
const byName = new Intl.Collator().compare;

export function cookiesInOrder(cookies: readonly CookieReport[]): CookieReport[] {
	const rank = new Map<CookieReport, number>();
	for (const c of cookies) {
		const worst = worstSeverity(c.findings);
		rank.set(c, worst === null ? 0 : RANK[worst]);
	}
	const rankOf = (c: CookieReport) => rank.get(c) ?? 0;
	return [...cookies].sort((a, b) => rankOf(b) - rankOf(a) || byName(a.name, b.name));
}

/** How many findings of each severity the cookies have. */
export function countBySeverity(cookies: Iterable<Pick<CookieReport, "findings">>): SeverityCounts {
	const counts: SeverityCounts = { high: 0, medium: 0, low: 0, info: 0 };
	for (const cookie of cookies) for (const f of cookie.findings) counts[f.severity]++;
	return counts;
}
