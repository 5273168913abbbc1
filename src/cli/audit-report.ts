/**
 * The tail every audit shares, the CLI's and the library's (src/lib/audit-pipeline.ts): the signature
 * check, the rules at the audit's exact time, the report.
 */

import { auditSites } from "../core/audit/audit-sites.ts";
import type { AuditInput, AuditSubject } from "../core/audit-input.ts";
import type { KnownSecret } from "../core/forgeable/known-secret.ts";
import type { RejectedCookie, Report, SourceKind } from "../core/report.ts";
import { buildReport } from "../core/reports/build-report.ts";
import type { CliIo } from "./cli-io.ts";
import { withForgeable } from "./inputs/forgeable-check.ts";
import { VERSION } from "./version.ts";

export interface AuditReportInput extends Omit<AuditInput, "now"> {
	/** Epoch milliseconds. */
	nowMs: number;
	rejected: readonly RejectedCookie[];
	source: { kind: SourceKind; url?: string | undefined };
	/** The user's `--secrets`, tried after the built-in ones. */
	userSecrets?: readonly KnownSecret[];
	/** `--show-values`: each cookie's value in the report. */
	includeValues?: boolean;
}

export async function auditReport(input: AuditReportInput, io: CliIo): Promise<Report> {
	// The signature check is the one slow step; a rule switched off in the settings does not pay for it.
	const subjects: readonly AuditSubject[] =
		input.settings.severityOverrides["forgeable-session"] === "off"
			? input.subjects
			: await withForgeable(input.subjects, input.userSecrets ?? [], io);
	const sites = auditSites(
		{
			subjects,
			// Fractional seconds, as the extension audits: a live jar's expiries have fractions (Playwright's
			// `expires`, the WebExtensions `expirationDate`), and a whole-second clock put a cookie set for
			// exactly 30 days just over them, long-lifetime.
			now: input.nowMs / 1000,
			settings: input.settings,
			pageUrls: input.pageUrls,
			...(input.hsts && input.hsts.length > 0 ? { hsts: input.hsts } : {}),
		},
		{ includeValues: input.includeValues ?? false },
	);
	return buildReport({
		sites,
		rejected: input.rejected,
		source: input.source,
		version: VERSION,
		generatedAt: new Date(input.nowMs).toISOString(),
	});
}
