import type { Report } from "../report.ts";

/** The report as pretty-printed JSON with a trailing newline (the CLI's `--format json`). */
export function toJson(report: Report): string {
	return `${JSON.stringify(report, null, 2)}\n`;
}
