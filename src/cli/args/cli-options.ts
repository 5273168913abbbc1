/** The parsed command line: what `main()` runs. */
import type { Severity } from "../../core/report.ts";

export const FORMATS = ["text", "json", "markdown", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

export const FAIL_ON = ["high", "medium", "low", "info", "none"] as const;
export type FailOn = Severity | "none";

export const BROWSERS = ["chromium", "firefox"] as const;
export type Browser = (typeof BROWSERS)[number];

/** Where the Set-Cookie headers come from (docs/design.md, "CLI contract"). */
export type AuditSource =
	| { kind: "url"; urls: string[] }
	| { kind: "har"; file: string }
	| { kind: "headers"; from: string; headers: string[] };

export interface AuditOptions {
	command: "audit";
	source: AuditSource;
	format: Format;
	failOn: FailOn;
	showValues: boolean;
	config?: string;
	/** Epoch milliseconds from `--now`; the injected clock otherwise. */
	now?: number;
	out?: string;
	browser: Browser;
	/** Per request of `audit <url>`. */
	timeoutMs: number;
}

export type CliCommand = { command: "help" } | { command: "version" } | AuditOptions;
