/**
 * The report as GitHub Actions workflow commands (`--format github`): one annotation per finding and per
 * refused Set-Cookie, which the run's summary and log show (GitHub Docs, "Workflow commands for GitHub
 * Actions": `::error`, `::warning`, `::notice` with a `title`). A finding names no file, so the
 * annotations have no `file`: SARIF is the format for code scanning. Values are escaped as the
 * actions toolkit does (actions/toolkit, packages/core/src/command.ts, `escapeData` and `escapeProperty`).
 */
import type { Report, Severity } from "../report.ts";
import { cookiesInOrder, findingsInOrder } from "../severity.ts";
import { cookieLabel } from "./cookie-flags.ts";
import { describeCounts, reportCounts } from "./report-counts.ts";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = {
	high: "error",
	medium: "warning",
	low: "notice",
	info: "notice",
};

/** escapeData: `%`, CR and LF. */
export function escapeData(text: string): string {
	return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** escapeProperty: escapeData and `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

export function toGithub(report: Report): string {
	const lines: string[] = [];
	for (const site of report.sites)
		for (const cookie of cookiesInOrder(site.cookies))
			for (const f of findingsInOrder(cookie.findings)) {
				const title = escapeProperty(`${f.rule} (${f.severity}): ${cookieLabel(cookie)}`);
				const fix = f.fix ? `\nFix: ${f.fix}` : "";
				lines.push(`::${COMMAND[f.severity]} title=${title}::${escapeData(`${f.message}${fix}`)}`);
			}
	for (const r of report.rejected)
		lines.push(
			`::warning title=${escapeProperty(`refused Set-Cookie: ${r.url}`)}::${escapeData(`${r.message}\n${r.setCookie}`)}`,
		);
	const sites = `${report.sites.length} site${report.sites.length === 1 ? "" : "s"}`;
	lines.push(
		`Session Hygiene: ${sites}, ${describeCounts(reportCounts(report))}, ${report.rejected.length} rejected.`,
	);
	return `${lines.join("\n")}\n`;
}
