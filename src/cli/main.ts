/**
 * The `session-hygiene` command as a function: argv and injected io in, exit code out (docs/design.md, "CLI
 * contract"). Everything that goes wrong ends as one line on stderr and exit code 2.
 */
import { reachesThreshold } from "../core/reports/report-counts.ts";
import type { AuditOptions, SampleOptions } from "./args/cli-options.ts";
import { HELP_TEXT } from "./args/help-text.ts";
import { parseCommandLine } from "./args/parse-args.ts";
import { CliError, oneLine } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import { renderReport, wantsColor } from "./render-report.ts";
import { runAudit } from "./run-audit.ts";
import { runSample } from "./sample/run-sample.ts";
import { sampleText } from "./sample/sample-text.ts";
import { VERSION } from "./version.ts";

export type { CliIo } from "./cli-io.ts";

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** Runs the command line; resolves to the exit code and never rejects. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
	try {
		const command = parseCommandLine(argv);
		if (command.command === "help") {
			io.stdout(HELP_TEXT);
			return EXIT.clean;
		}
		if (command.command === "version") {
			io.stdout(`${VERSION}\n`);
			return EXIT.clean;
		}
		if (command.command === "sample") return await sample(command, io);
		return await audit(command, io);
	} catch (error) {
		// A CliError is the user's to fix; anything else is our bug, still one line but labelled as such.
		const prefix = error instanceof CliError ? "" : "internal error: ";
		io.stderr(`session-hygiene: ${prefix}${oneLine(error)}\n`);
		return EXIT.usage;
	}
}

async function audit(options: AuditOptions, io: CliIo): Promise<number> {
	const report = await runAudit(options, io);
	const color = options.format === "text" && options.out === undefined && wantsColor(io.isTTY, io.env);
	const output = renderReport(report, options.format, color, options.reportVersion);
	if (options.out === undefined) for (const chunk of output) io.stdout(chunk);
	else await io.writeFile(options.out, output);
	return reachesThreshold(report, options.failOn) ? EXIT.findings : EXIT.clean;
}

/** `sample`: exit 1 for a predictable or weak sample (docs/design.md, "Version 2"), 0 for ok. */
async function sample(options: SampleOptions, io: CliIo): Promise<number> {
	const result = await runSample(options, io);
	if (options.format === "json") io.stdout(`${JSON.stringify(result, null, 2)}\n`);
	else io.stdout(sampleText(result, wantsColor(io.isTTY, io.env)));
	return result.verdict === "ok" ? EXIT.clean : EXIT.findings;
}
