/**
 * `exportReport`: the tab's report as JSON, Markdown or SARIF text, values left out (docs/design.md,
 * "Privacy"), with the refused Set-Cookie headers the background observed (their values masked).
 */
import type { Report } from "../../core/report.ts";
import { buildReport } from "../../core/reports/build-report.ts";
import { toJson } from "../../core/reports/to-json.ts";
import { toMarkdown } from "../../core/reports/to-markdown.ts";
import { toSarif } from "../../core/reports/to-sarif.ts";
import { RULES } from "../../core/rules/catalogue.ts";
import type { ExportFormat } from "../../core/tab-report.ts";
import type { ResponseOf } from "../../messaging/protocol.ts";
import type { BackgroundDeps } from "../deps.ts";
import { inspectTab } from "../tab-reports/inspect-tab.ts";

const FORMATS: Record<ExportFormat, { extension: string; mimeType: string; render: (r: Report) => string }> =
	{
		json: { extension: "json", mimeType: "application/json", render: toJson },
		markdown: { extension: "md", mimeType: "text/markdown", render: toMarkdown },
		sarif: { extension: "sarif", mimeType: "application/sarif+json", render: (r) => toSarif(r, RULES) },
	};

export async function exportReport(
	deps: BackgroundDeps,
	request: { tabId: number; format: ExportFormat },
): Promise<ResponseOf<"exportReport">> {
	const format = FORMATS[request.format];
	const { report: tab } = await inspectTab(deps, request.tabId, { settings: await deps.settings() });
	const generatedAt = new Date(deps.now() * 1000).toISOString();
	const report = buildReport({
		sites: tab.sites,
		rejected: tab.rejected ?? [],
		source: { kind: "browser", url: tab.url },
		version: deps.version,
		generatedAt,
	});
	const name = tab.sites[0]?.site ?? "tab";
	const filename = `session-hygiene-${name}-${generatedAt.slice(0, 10)}.${format.extension}`;
	return { filename, mimeType: format.mimeType, text: format.render(report) };
}
