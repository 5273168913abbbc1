import type { CookieReport, RejectedCookie, Report, SiteReport } from "../report.ts";
import { cookiesInOrder, findingsInOrder } from "../severity.ts";
import { gradeStyle, type Paint, painter, SEVERITY_STYLE } from "./ansi.ts";
import { cookieLabel, describeFlags, shortValue } from "./cookie-flags.ts";
import { rejectedText } from "./rejected-note.ts";
import { describeCounts, reportCounts } from "./report-counts.ts";
import { knownAsLabel, roleLabel } from "./role-text.ts";

export interface TextOptions {
	/** ANSI colours; only for a terminal (the CLI turns them off for pipes, files and NO_COLOR). */
	color: boolean;
}

/**
 * The report for a terminal: per site its grade and score, then its cookies worst first, each finding on
 * one line with the first line of its fix below; then the refused Set-Cookie headers and a one-line summary.
 */
export function toText(report: Report, options: TextOptions): string {
	const paint = painter(options.color);
	const source = report.source.url ? `${report.source.kind} ${report.source.url}` : report.source.kind;
	const lines = [
		paint("dim", `${report.tool.name} ${report.tool.version} · ${source} · ${report.generatedAt}`),
	];
	if (report.sites.length === 0) lines.push("", "No cookies were set.");
	for (const site of report.sites) lines.push("", ...siteLines(site, paint));
	if (report.rejected.length > 0) lines.push("", ...rejectedLines(report.rejected, paint));
	lines.push("", summary(report, paint));
	if (hasSnippets(report)) lines.push(paint("dim", "Fixes with snippets per stack: --format markdown"));
	return `${lines.join("\n")}\n`;
}

function siteLines(site: SiteReport, paint: Paint): string[] {
	const grade = paint(gradeStyle(site.grade), paint("bold", `grade ${site.grade}`));
	const head = `${paint("bold", site.site)}  ${grade}  ${site.score}/100`;
	return [head, ...cookiesInOrder(site.cookies).flatMap((c) => cookieLines(c, paint))];
}

function cookieLines(cookie: CookieReport, paint: Paint): string[] {
	const value = cookie.value === undefined ? "" : ` = ${shortValue(cookie.value)}`;
	const lines = [
		`  ${paint("bold", cookieLabel(cookie))}${value}  ${paint("magenta", roleLabel(cookie))} ${paint("dim", `(${cookie.roleReason})`)}`,
		`    ${paint("dim", describeFlags(cookie).join(" · "))}`,
	];
	if (cookie.knownAs) lines.push(`    ${paint("dim", `known as ${knownAsLabel(cookie.knownAs)}`)}`);
	if (cookie.findings.length === 0) lines.push(`    ${paint("green", "ok")}  no findings`);
	for (const f of findingsInOrder(cookie.findings)) {
		const severity = paint(SEVERITY_STYLE[f.severity], f.severity.toUpperCase().padEnd(6));
		lines.push(`    ${severity}  ${f.rule}: ${f.message}`);
		if (f.fix) lines.push(fixLine(f.fix, paint));
	}
	return lines;
}

/**
 * Only the fix's first line (what to set): the per-stack snippets that follow would bury the findings
 * in a terminal, and the Markdown and JSON views carry them whole.
 */
function fixLine(fix: string, paint: Paint): string {
	const [first = ""] = fix.split(/\r?\n/);
	return `            ${paint("dim", "fix:")} ${first}`;
}

function rejectedLines(rejected: readonly RejectedCookie[], paint: Paint): string[] {
	const lines = [paint("bold", `Refused by a browser (${rejected.length})`)];
	for (const r of rejected) {
		lines.push(`  ${paint("red", r.reason)}  ${rejectedText(r)}`);
		lines.push(`    ${paint("dim", `${r.url}  Set-Cookie: ${shortValue(r.setCookie, 100)}`)}`);
	}
	return lines;
}

function hasSnippets(report: Report): boolean {
	return report.sites.some((s) => s.cookies.some((c) => c.findings.some((f) => f.fix?.includes("\n"))));
}

function summary(report: Report, paint: Paint): string {
	const sites = `${report.sites.length} site${report.sites.length === 1 ? "" : "s"}`;
	const rejected = report.rejected.length > 0 ? `, ${report.rejected.length} refused` : "";
	return paint("bold", `${describeCounts(reportCounts(report))} in ${sites}${rejected}`);
}
