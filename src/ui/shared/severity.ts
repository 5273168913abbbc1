/** Severity bookkeeping for the views: counts, worst first ordering. */
import type { CookieReport, Finding, Severity } from "../../core/report.ts";
import { SEVERITIES, severityRank } from "../../core/report.ts";

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(cookies: readonly CookieReport[]): SeverityCounts {
	const counts: SeverityCounts = { high: 0, medium: 0, low: 0, info: 0 };
	for (const c of cookies) for (const f of c.findings) counts[f.severity]++;
	return counts;
}

export function worstFirst(findings: readonly Finding[]): Finding[] {
	return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
	return SEVERITIES.find((s) => findings.some((f) => f.severity === s));
}

/** Sessions and csrf tokens are what the popup is about: they come first, the rest is collapsed. */
export function isSessionLike(cookie: CookieReport): boolean {
	return cookie.role === "session" || cookie.role === "csrf";
}

/** The cookies with the worst findings first, so the unsafe session is at the top; otherwise as reported. */
export function worstCookiesFirst(cookies: readonly CookieReport[]): CookieReport[] {
	const rank = (c: CookieReport) => Math.max(0, ...c.findings.map((f) => severityRank(f.severity)));
	return [...cookies].sort((a, b) => rank(b) - rank(a));
}
