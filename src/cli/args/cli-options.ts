/** The parsed command line: what `main()` runs. */
import type { Severity } from "../../core/report.ts";
import { SEVERITIES } from "../../core/severity.ts";

export const FORMATS = ["text", "json", "markdown", "sarif", "github"] as const;
export type Format = (typeof FORMATS)[number];

export type FailOn = Severity | "none";
export const FAIL_ON: readonly FailOn[] = [...SEVERITIES, "none"];

/** `--report-version`: the JSON report schema to write (docs/design.md, "Report versions"). */
export const REPORT_VERSIONS = ["2", "1"] as const;
export type ReportVersion = 1 | 2;

export const BROWSERS = ["chromium", "firefox"] as const;
export type Browser = (typeof BROWSERS)[number];

/** Where the Set-Cookie headers come from (docs/design.md, "CLI contract"). */
export type AuditSource =
	| { kind: "url"; urls: string[] }
	| { kind: "har"; file: string }
	/** Playwright's storageState JSON: the cookies themselves, no headers. */
	| { kind: "storage-state"; file: string }
	/** A Netscape cookies.txt (curl -c, the browsers' exporters): the cookies, no headers, no SameSite. */
	| { kind: "cookies-txt"; file: string }
	| { kind: "headers"; from: string; headers: string[] };

export interface AuditOptions {
	command: "audit";
	source: AuditSource;
	format: Format;
	/** Which JSON schema `--format json` writes: report@2 unless `--report-version 1`. */
	reportVersion: ReportVersion;
	failOn: FailOn;
	showValues: boolean;
	config?: string;
	/** `--secrets <file>`: more known secrets for `forgeable-session`, one a line. */
	secrets?: string;
	/** Epoch milliseconds from `--now`; the injected clock otherwise. */
	now?: number;
	out?: string;
	browser: Browser;
	/** Per request of `audit <url>`. */
	timeoutMs: number;
}

export const SAMPLE_FORMATS = ["text", "json"] as const;
export type SampleFormat = (typeof SAMPLE_FORMATS)[number];

/** `session-hygiene sample <url>` (docs/design.md, "Version 2"): fresh session ids, sampled. */
export interface SampleOptions {
	command: "sample";
	url: string;
	/** Requests to make: 200 by default, 10,000 at most. */
	count: number;
	/** The cookie to sample; the role classifier picks the session cookie otherwise. */
	cookie?: string;
	/** Pause before each request of a worker, in milliseconds. */
	delayMs: number;
	/** Requests in flight at once: 1 (sequential) by default, 4 at most. */
	concurrency: number;
	format: SampleFormat;
	browser: Browser;
	timeoutMs: number;
}

export type CliCommand = { command: "help" } | { command: "version" } | AuditOptions | SampleOptions;
