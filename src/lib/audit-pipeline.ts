/** What every library call shares: its options, read once, and the audit's tail (cli/audit-report.ts). */

import { auditReport } from "../cli/audit-report.ts";
import { CliError } from "../cli/cli-error.ts";
import type { CliIo } from "../cli/cli-io.ts";
import { validateSettings } from "../cli/inputs/validate-settings.ts";
import { createNodeIo } from "../cli/node-io.ts";
import type { AuditSubject } from "../core/audit-input.ts";
import type { RejectedCookie, Report, SourceKind } from "../core/report.ts";
import type { Settings } from "../core/settings/settings.ts";

export interface AuditOptions {
	/** The audit's time: a Date or epoch milliseconds (default: now). */
	now?: Date | number;
	/**
	 * Settings as the extension's options page exports them (docs/settings.schema.json), merged over the
	 * defaults; a bad field throws, naming it.
	 */
	settings?: unknown;
	/** URLs of the pages that use the cookies (`page.url()`), for the rules that look at pages. */
	pageUrls?: readonly string[];
}

/** Epoch milliseconds of the option, or of now. */
export function nowMsOf(now: AuditOptions["now"]): number {
	const ms = now instanceof Date ? now.getTime() : (now ?? Date.now());
	if (!Number.isFinite(ms)) throw new TypeError("options.now must be a valid Date or epoch milliseconds");
	return ms;
}

export function settingsOf(raw: unknown): Settings {
	try {
		return validateSettings(raw ?? {});
	} catch (error) {
		if (error instanceof CliError) throw new TypeError(`options.settings: ${error.message}`);
		throw error;
	}
}

/** The file system for the wordlist; no progress, nothing printed: a library does not write to stderr. */
function quietIo(): CliIo {
	return { ...createNodeIo(), stderr: () => {}, stderrIsTTY: false, isTTY: false };
}

export function auditPipeline(
	subjects: readonly AuditSubject[],
	input: { nowMs: number; settings: Settings; pageUrls: readonly string[]; source: SourceKind; url?: string },
	rejected: readonly RejectedCookie[] = [],
): Promise<Report> {
	const { nowMs, settings, pageUrls, source, url } = input;
	return auditReport(
		{ subjects, nowMs, settings, pageUrls, rejected, source: { kind: source, url } },
		quietIo(),
	);
}
