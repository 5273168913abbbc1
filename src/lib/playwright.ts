/**
 * `session-hygiene/playwright`: the session check inside a Playwright test, on the jar the test signed in
 * with. `await expectSessionHygiene(context, { failOn: "medium" })` audits `context.cookies()` (and the
 * context's page URLs) and throws, failing the test, with one line per finding at or above `failOn`.
 */
import type { Report, Severity } from "../core/report.ts";
import { cookieLabel } from "../core/reports/cookie-flags.ts";
import { SEVERITIES, severityRank } from "../core/severity.ts";
import type { AuditOptions } from "./audit-pipeline.ts";
import { auditCookies } from "./index.ts";

/** What the helper needs of a Playwright BrowserContext (playwright.dev/docs/api/class-browsercontext). */
export interface CookieContext {
	cookies(): Promise<unknown[]>;
	pages?(): { url(): string }[];
}

export interface ExpectOptions extends Omit<AuditOptions, "pageUrls"> {
	/** The lowest severity that fails the test (default "high"); "none" never fails. */
	failOn?: Severity | "none";
}

/** One line per finding at or above the threshold: `high  missing-secure  sid@example.com /: …`. */
export function findingLines(report: Report, failOn: Severity): string[] {
	const lines: string[] = [];
	for (const site of report.sites)
		for (const cookie of site.cookies)
			for (const f of cookie.findings)
				if (severityRank(f.severity) >= severityRank(failOn))
					lines.push(`${f.severity.padEnd(6)} ${f.rule}  ${cookieLabel(cookie)}: ${f.message}`);
	return lines;
}

/** Audits the context's cookies; throws when a finding is at or above `failOn`, else returns the report. */
export async function expectSessionHygiene(
	context: CookieContext,
	options: ExpectOptions = {},
): Promise<Report> {
	const failOn = options.failOn ?? "high";
	if (failOn !== "none" && !SEVERITIES.includes(failOn))
		throw new TypeError(`expectSessionHygiene: failOn must be one of ${[...SEVERITIES, "none"].join(", ")}`);
	const pageUrls = (context.pages?.() ?? []).map((p) => p.url()).filter((u) => /^https?:/.test(u));
	const report = await auditCookies(await context.cookies(), { ...options, pageUrls });
	if (failOn === "none") return report;
	const lines = findingLines(report, failOn);
	if (lines.length === 0) return report;
	throw new Error(
		`Session Hygiene: ${lines.length} finding${lines.length === 1 ? "" : "s"} at or above ${failOn}:\n${lines.map((l) => `  ${l}`).join("\n")}`,
	);
}
