import type { Report } from "../core/report.ts";
import { toGithub } from "../core/reports/to-github.ts";
import { jsonChunks } from "../core/reports/to-json.ts";
import { toMarkdown } from "../core/reports/to-markdown.ts";
import { toSarif } from "../core/reports/to-sarif.ts";
import { toText } from "../core/reports/to-text.ts";
import { RULES } from "../core/rules/catalogue.ts";
import type { Format, ReportVersion } from "./args/cli-options.ts";
import { escapeControlsDeep } from "./terminal-escape.ts";

/**
 * The report in the chosen `--format`, as chunks of text: JSON comes a piece at a time (to-json.ts), so a
 * large report is never one string; the text and Markdown views get input control characters escaped.
 */
export function renderReport(
	report: Report,
	format: Format,
	color: boolean,
	reportVersion: ReportVersion = 2,
): Iterable<string> {
	switch (format) {
		case "json":
			return jsonChunks(report, { version: reportVersion });
		case "markdown":
			return [toMarkdown(escapeControlsDeep(report))];
		case "sarif":
			return [toSarif(report, RULES)];
		case "github":
			return [toGithub(escapeControlsDeep(report))];
		case "text":
			return [toText(escapeControlsDeep(report), { color })];
	}
}

/** Colour only for a terminal, never with NO_COLOR (https://no-color.org), always with FORCE_COLOR. */
export function wantsColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
	if (env.NO_COLOR) return false;
	if (env.FORCE_COLOR && env.FORCE_COLOR !== "0") return true;
	return isTTY;
}
