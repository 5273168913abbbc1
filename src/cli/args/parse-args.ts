import { parseArgs } from "node:util";
import { CliError } from "../cli-error.ts";
import {
	type AuditOptions,
	type AuditSource,
	BROWSERS,
	type CliCommand,
	FAIL_ON,
	FORMATS,
	REPORT_VERSIONS,
} from "./cli-options.ts";
import { refuseOptions, SAMPLE_ONLY, sampleOptions } from "./parse-sample.ts";
import { oneOf, parseHttpUrl, parseNow, parseTimeout } from "./parse-values.ts";

const OPTIONS = {
	har: { type: "string" },
	"storage-state": { type: "string" },
	cookies: { type: "string" },
	from: { type: "string" },
	"set-cookie": { type: "string", multiple: true },
	format: { type: "string", default: "text" },
	"report-version": { type: "string" },
	"fail-on": { type: "string" },
	"show-values": { type: "boolean", default: false },
	config: { type: "string" },
	secrets: { type: "string" },
	now: { type: "string" },
	out: { type: "string" },
	browser: { type: "string", default: "chromium" },
	timeout: { type: "string", default: "10" },
	count: { type: "string" },
	cookie: { type: "string" },
	delay: { type: "string" },
	concurrency: { type: "string" },
	help: { type: "boolean", short: "h", default: false },
	version: { type: "boolean", default: false },
} as const;

type Values = ReturnType<typeof parseStrict>["values"];

/** The command line as a command to run; a CliError naming the problem when it is not usable. */
export function parseCommandLine(argv: readonly string[]): CliCommand {
	const { values, positionals } = parseStrict(argv);
	if (values.help) return { command: "help" };
	if (values.version) return { command: "version" };
	const [command, ...rest] = positionals;
	if (command === undefined)
		throw new CliError("missing command: try `session-hygiene audit <url>` or --help");
	if (command === "sample") return sampleOptions(values, rest);
	if (command !== "audit")
		throw new CliError(`unknown command "${command}" (the commands are "audit" and "sample"; see --help)`);
	refuseOptions(values, SAMPLE_ONLY, "sample");
	return auditOptions(values, rest);
}

function parseStrict(argv: readonly string[]) {
	try {
		return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
	} catch (error) {
		throw new CliError(describeParseError(error));
	}
}

/** Node's parseArgs messages are long and suggest `--`; ours name the option and point at --help. */
function describeParseError(error: unknown): string {
	const { code, message } = error as { code?: string; message?: string };
	const option = /'(-[^' ]+)/.exec(message ?? "")?.[1] ?? "";
	if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option} (see --help)`;
	if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
		return /does not take an argument/.test(message ?? "")
			? `option ${option} takes no value`
			: `option ${option} needs a value`;
	}
	return message ?? "cannot parse the command line";
}

function auditOptions(values: Values, positionals: string[]): AuditOptions {
	const source = auditSource(values, positionals);
	const reportVersion =
		oneOf("--report-version", values["report-version"] ?? "2", REPORT_VERSIONS) === "1" ? 1 : 2;
	// report@1's source kinds are frozen (docs/report-v1.schema.json): a storage state has none there.
	if (source.kind === "storage-state" && reportVersion === 1)
		throw new CliError("--storage-state needs report@2: leave out --report-version 1");
	if (source.kind === "cookies-txt" && reportVersion === 1)
		throw new CliError("--cookies needs report@2: leave out --report-version 1");
	return {
		command: "audit",
		source,
		format: oneOf("--format", values.format, FORMATS),
		reportVersion,
		failOn: oneOf("--fail-on", values["fail-on"] ?? "high", FAIL_ON),
		showValues: values["show-values"],
		browser: oneOf("--browser", values.browser, BROWSERS),
		timeoutMs: parseTimeout(values.timeout),
		...(values.config === undefined ? {} : { config: values.config }),
		...(values.secrets === undefined ? {} : { secrets: values.secrets }),
		...(values.now === undefined ? {} : { now: parseNow(values.now) }),
		...(values.out === undefined ? {} : { out: values.out }),
	};
}

/** Exactly one of: URLs, --har, --storage-state, --cookies, or --from with --set-cookie. */
function auditSource(values: Values, urls: string[]): AuditSource {
	const headers = values["set-cookie"] ?? [];
	const state = values["storage-state"];
	const given = [
		urls.length > 0,
		values.har !== undefined,
		state !== undefined,
		values.cookies !== undefined,
		values.from !== undefined,
	];
	if (given.filter(Boolean).length > 1)
		throw new CliError(
			"give URLs, --har, --storage-state, --cookies or --from, not several of them (see --help)",
		);
	if (headers.length > 0 && values.from === undefined) throw new CliError("--set-cookie needs --from <url>");
	if (values.har !== undefined) return { kind: "har", file: values.har };
	if (state !== undefined) return { kind: "storage-state", file: state };
	if (values.cookies !== undefined) return { kind: "cookies-txt", file: values.cookies };
	if (values.from !== undefined) {
		if (headers.length === 0) throw new CliError("--from needs at least one --set-cookie <header>");
		return { kind: "headers", from: parseHttpUrl(values.from, "--from"), headers };
	}
	if (urls.length === 0)
		throw new CliError(
			"audit needs a URL, --har <file>, --storage-state <file>, --cookies <file> or --from <url> --set-cookie <header>",
		);
	return { kind: "url", urls: urls.map((url) => parseHttpUrl(url, "URL")) };
}
