/** The options of `session-hygiene sample <url>` (docs/design.md, "Version 2"), checked one by one. */
import { CliError } from "../cli-error.ts";
import { BROWSERS, SAMPLE_FORMATS, type SampleOptions } from "./cli-options.ts";
import { oneOf, parseHttpUrl, parseTimeout } from "./parse-values.ts";

/** The parsed option values (parse-args.ts), as far as these checks read them. */
type Values = Readonly<Record<string, string | boolean | string[] | undefined>> & {
	format: string;
	browser: string;
	timeout: string;
	count?: string | undefined;
	cookie?: string | undefined;
	delay?: string | undefined;
	concurrency?: string | undefined;
};

export const DEFAULT_COUNT = 200;
/** Each request is a fresh session on the server: 10,000 is plenty for any statistic here. */
export const MAX_COUNT = 10_000;
/** Few enough not to load a server; the order of responses still follows the order of requests. */
export const MAX_CONCURRENCY = 4;

/** Options only `sample` takes, refused by `audit`. */
export const SAMPLE_ONLY = ["count", "cookie", "delay", "concurrency"] as const;
/** Options only `audit` takes, refused by `sample`. */
const AUDIT_ONLY = [
	"har",
	"from",
	"set-cookie",
	"report-version",
	"fail-on",
	"show-values",
	"config",
	"now",
	"out",
] as const;

/** A CliError for the first of `names` that was given: it belongs to the other command. */
export function refuseOptions(values: Values, names: readonly string[], owner: string): void {
	for (const name of names) {
		const value = values[name];
		if (value !== undefined && value !== false)
			throw new CliError(`--${name} is an option of \`${owner}\` only (see --help)`);
	}
}

function wholeNumber(
	option: string,
	text: string | undefined,
	fallback: number,
	min: number,
	max: number,
): number {
	if (text === undefined) return fallback;
	const n = Number(text);
	if (text.trim() === "" || !Number.isInteger(n) || n < min || n > max) {
		throw new CliError(
			`${option} "${text}" must be a whole number from ${min} to ${max.toLocaleString("en-US")}`,
		);
	}
	return n;
}

export function sampleOptions(values: Values, positionals: string[]): SampleOptions {
	refuseOptions(values, AUDIT_ONLY, "audit");
	if (positionals.length !== 1)
		throw new CliError("sample needs exactly one URL: session-hygiene sample <url>");
	const format = oneOf("--format", values.format, SAMPLE_FORMATS);
	return {
		command: "sample",
		url: parseHttpUrl(positionals[0] ?? "", "URL"),
		count: wholeNumber("--count", values.count, DEFAULT_COUNT, 20, MAX_COUNT),
		delayMs: wholeNumber("--delay", values.delay, 0, 0, 60_000),
		concurrency: wholeNumber("--concurrency", values.concurrency, 1, 1, MAX_CONCURRENCY),
		format,
		browser: oneOf("--browser", values.browser, BROWSERS),
		timeoutMs: parseTimeout(values.timeout),
		...(values.cookie === undefined ? {} : { cookie: values.cookie }),
	};
}
