import type { CookieReport, RejectedCookie, Report, SiteReport } from "../report.ts";
import { cookiesInOrder, findingsInOrder } from "../severity.ts";
import { cookieLabel, describeFlags, shortValue } from "./cookie-flags.ts";
import { mdCode, mdRow, mdText } from "./markdown-escape.ts";
import { rejectedText } from "./rejected-note.ts";
import { describeCounts, reportCounts } from "./report-counts.ts";
import { knownAsLabel, roleLabel } from "./role-text.ts";

/**
 * The report for people, as GitHub-flavoured Markdown: a summary, then per site a table of cookies
 * (role, flags, findings) followed by the fixes, then the Set-Cookie headers a browser would refuse.
 */
export function toMarkdown(report: Report): string {
	const blocks = [header(report), ...report.sites.map(siteSection)];
	if (report.rejected.length > 0) blocks.push(rejectedSection(report.rejected));
	return `${blocks.join("\n\n")}\n`;
}

function header(report: Report): string {
	const source = report.source.url
		? `${report.source.kind} ${mdCode(report.source.url)}`
		: report.source.kind;
	const siteCount = `${report.sites.length} site${report.sites.length === 1 ? "" : "s"}`;
	return [
		"# Session Hygiene report",
		"",
		`Source: ${source} · generated ${mdText(report.generatedAt)} · ${report.tool.name} ${mdText(report.tool.version)}`,
		"",
		`${siteCount}, ${describeCounts(reportCounts(report))}, ${report.rejected.length} rejected.`,
	].join("\n");
}

function siteSection(site: SiteReport): string {
	const title = `## ${mdText(site.site)}: grade ${site.grade} (${site.score}/100)`;
	if (site.cookies.length === 0) return `${title}\n\nNo cookies.`;
	const cookies = cookiesInOrder(site.cookies);
	const withValues = cookies.some((c) => c.value !== undefined);
	const head = ["Cookie", ...(withValues ? ["Value"] : []), "Role", "Flags", "Findings"];
	const rows = cookies.map((c) => mdRow(cookieCells(c, withValues)));
	const table = [mdRow(head), mdRow(head.map(() => "---")), ...rows].join("\n");
	const fixes = fixList(cookies);
	return fixes ? `${title}\n\n${table}\n\n### Fixes\n\n${fixes}` : `${title}\n\n${table}`;
}

function cookieCells(cookie: CookieReport, withValues: boolean): string[] {
	const findings = findingsInOrder(cookie.findings).map(
		(f) => `**${f.severity}** ${mdCode(f.rule)}: ${mdText(f.message)}`,
	);
	return [
		mdCode(cookieLabel(cookie)),
		...(withValues ? [cookie.value === undefined ? "" : mdCode(shortValue(cookie.value))] : []),
		roleCell(cookie),
		mdText(describeFlags(cookie).join(", ")),
		findings.length > 0 ? findings.join("<br>") : "none",
	];
}

/** `session · likely: reason`, and below it what known-cookie data says (`Google Analytics · analytics`). */
function roleCell(cookie: CookieReport): string {
	const role = `${roleLabel(cookie)}: ${mdText(cookie.roleReason)}`;
	return cookie.knownAs ? `${role}<br>${mdText(knownAsLabel(cookie.knownAs))}` : role;
}

/** A fix is one line of advice, then optional `Stack: snippet` lines, which become a nested list of code. */
function fixList(cookies: readonly CookieReport[]): string {
	const items: string[] = [];
	for (const cookie of cookies) {
		for (const f of findingsInOrder(cookie.findings)) {
			if (!f.fix) continue;
			const [advice = "", ...snippets] = f.fix.split(/\r?\n/).filter((line) => line.trim() !== "");
			items.push(
				[
					`- ${mdCode(cookie.name, "text")} · ${mdCode(f.rule, "text")}: ${mdText(advice)}`,
					...snippets.map(snippetItem),
				].join("\n"),
			);
		}
	}
	return items.join("\n");
}

function snippetItem(line: string): string {
	const stack = /^([\w./ +-]{1,40}): (.+)$/.exec(line);
	return stack ? `  - ${mdText(stack[1] ?? "")}: ${mdCode(stack[2] ?? "", "text")}` : `  - ${mdText(line)}`;
}

function rejectedSection(rejected: readonly RejectedCookie[]): string {
	const head = ["Set-Cookie", "URL", "Reason", "Why"];
	const rows = rejected.map((r) =>
		mdRow([mdCode(shortValue(r.setCookie, 120)), mdCode(r.url), mdCode(r.reason), mdText(rejectedText(r))]),
	);
	return [
		"## Rejected Set-Cookie headers",
		"",
		"A browser would refuse these headers, so the cookies above do not include them.",
		"",
		mdRow(head),
		mdRow(head.map(() => "---")),
		...rows,
	].join("\n");
}
