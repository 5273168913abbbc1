import { describe, expect, test } from "vitest";
import { CliError } from "../cli-error.ts";
import { parseCommandLine } from "./parse-args.ts";
import { parseNow } from "./parse-values.ts";

function errorOf(argv: string[]): string {
	try {
		parseCommandLine(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(CliError);
		return (error as Error).message;
	}
	throw new Error(`no error for ${argv.join(" ")}`);
}

describe("parseCommandLine", () => {
	test("applies the contract's defaults", () => {
		expect(parseCommandLine(["audit", "https://example.com"])).toEqual({
			command: "audit",
			source: { kind: "url", urls: ["https://example.com/"] },
			format: "text",
			reportVersion: 2,
			failOn: "high",
			showValues: false,
			browser: "chromium",
			timeoutMs: 10_000,
		});
	});

	test("reads every option", () => {
		const argv = [
			"audit",
			"--from=https://a.test/x",
			"--set-cookie",
			"a=1",
			"--set-cookie",
			"b=2; Secure",
			"--format",
			"sarif",
			"--fail-on",
			"none",
			"--show-values",
			"--config",
			"c.json",
			"--now",
			"2030-01-02",
			"--out",
			"r.sarif",
			"--browser",
			"firefox",
			"--timeout",
			"2.5",
			"--report-version",
			"1",
		];
		expect(parseCommandLine(argv)).toEqual({
			command: "audit",
			source: { kind: "headers", from: "https://a.test/x", headers: ["a=1", "b=2; Secure"] },
			format: "sarif",
			reportVersion: 1,
			failOn: "none",
			showValues: true,
			config: "c.json",
			now: Date.UTC(2030, 0, 2),
			out: "r.sarif",
			browser: "firefox",
			timeoutMs: 2500,
		});
	});

	test.each([[["--help"]], [["-h"]], [["audit", "--help"]], [["audit", "https://x.test", "-h"]]])(
		"%j asks for help",
		(argv) => expect(parseCommandLine(argv)).toEqual({ command: "help" }),
	);

	test("--version wins over a missing command", () => {
		expect(parseCommandLine(["--version"])).toEqual({ command: "version" });
	});

	test.each<[string[], RegExp]>([
		[[], /^missing command/],
		[["scan", "https://x.test"], /^unknown command "scan"/],
		[["audit"], /^audit needs a URL, --har <file>, --storage-state <file>, --cookies <file> or --from/],
		[
			["audit", "--storage-state", "s.json", "--report-version", "1"],
			/^--storage-state needs report@2: leave out --report-version 1$/,
		],
		[["audit", "--storage-state", "s.json", "--har", "a.har"], /not several of them/],
		[["audit", "--cookies", "c.txt", "--storage-state", "s.json"], /not several of them/],
		[["audit", "--bogus"], /^unknown option --bogus \(see --help\)$/],
		[["audit", "-x"], /^unknown option -x/],
		[["audit", "--format"], /^option --format needs a value$/],
		[["audit", "--show-values=yes", "https://x.test"], /^option --show-values takes no value$/],
		[
			["audit", "--format", "xml", "https://x.test"],
			/^--format must be one of text, json, markdown, sarif, github \(got "xml"\)$/,
		],
		[
			["audit", "--fail-on", "critical", "https://x.test"],
			/^--fail-on must be one of high, medium, low, info, none/,
		],
		[["audit", "--browser", "safari", "https://x.test"], /^--browser must be one of chromium, firefox/],
		[["audit", "--timeout", "0", "https://x.test"], /^--timeout "0" is not a positive number/],
		[["audit", "--timeout", "soon", "https://x.test"], /^--timeout "soon"/],
		[["audit", "--now", "yesterday", "https://x.test"], /^--now "yesterday" is not an ISO 8601 date/],
		[["audit", "--now", "2030-13-45", "https://x.test"], /^--now "2030-13-45"/],
		[["audit", "--now", "2030-02-30", "https://x.test"], /^--now "2030-02-30"/],
		[["audit", "example.com"], /^URL "example.com" is not an absolute URL/],
		[["audit", "ftp://example.com/"], /^URL "ftp:\/\/example.com\/" is not http or https$/],
		[["audit", "--from", "nope", "--set-cookie", "a=1"], /^--from "nope" is not an absolute URL/],
		[["audit", "--from", "https://x.test"], /^--from needs at least one --set-cookie/],
		[["audit", "--set-cookie", "a=1"], /^--set-cookie needs --from <url>$/],
		[
			["audit", "--har", "a.har", "https://x.test"],
			/^give URLs, --har, --storage-state, --cookies or --from, not several/,
		],
		[
			["audit", "--har", "a.har", "--from", "https://x.test", "--set-cookie", "a=1"],
			/^give URLs, --har, --storage-state, --cookies or --from/,
		],
	])("%j is refused with a clear message", (argv, message) => {
		const text = errorOf(argv);
		expect(text).toMatch(message);
		expect(text).not.toContain("\n");
	});
});

describe("parseNow", () => {
	test.each([
		["2030-01-02", Date.UTC(2030, 0, 2)],
		["2030-01-02T03:04:05Z", Date.UTC(2030, 0, 2, 3, 4, 5)],
		["2030-01-02T03:04:05", Date.UTC(2030, 0, 2, 3, 4, 5)],
		["2030-01-02T03:04:05.250+02:00", Date.UTC(2030, 0, 2, 1, 4, 5, 250)],
	])("%s is read as UTC unless it has an offset", (text, ms) => {
		expect(parseNow(text)).toBe(ms);
	});
});
