import {
	REPORT_SCHEMA,
	type RejectedCookie,
	type Report,
	type SiteReport,
	type SourceKind,
} from "../report.ts";

/** What {@link buildReport} assembles: everything a report holds except its fixed schema and tool name. */
export interface BuildReportInput {
	sites: readonly SiteReport[];
	rejected: readonly RejectedCookie[];
	source: { kind: SourceKind; url?: string | undefined };
	/** The tool's version (package.json). */
	version: string;
	/** ISO 8601; passed in because core never reads the clock. */
	generatedAt: string;
}

/** Fixed key order; the optional fields only when present (docs/design.md, "Version 2"). */
function rejectedEntry(r: RejectedCookie): RejectedCookie {
	const entry: RejectedCookie = { setCookie: r.setCookie, url: r.url, reason: r.reason, message: r.message };
	if (r.response) {
		const { method, url, status, time } = r.response;
		entry.response = { method, url, status, time };
	}
	if (r.browsers) entry.browsers = { chromium: r.browsers.chromium, firefox: r.browsers.firefox };
	return entry;
}

/**
 * Assembles a report in the `session-hygiene/report@2` contract (src/core/report.ts). The result is
 * plain data: key order is fixed so that JSON output diffs cleanly between runs.
 */
export function buildReport(input: BuildReportInput): Report {
	const source: Report["source"] =
		input.source.url === undefined
			? { kind: input.source.kind }
			: { kind: input.source.kind, url: input.source.url };
	return {
		schema: REPORT_SCHEMA,
		tool: { name: "session-hygiene", version: input.version },
		generatedAt: input.generatedAt,
		source,
		sites: [...input.sites],
		rejected: input.rejected.map(rejectedEntry),
	};
}
