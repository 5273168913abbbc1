import { errorMessage } from "../core/error-message.ts";

/**
 * A problem with the user's input (arguments, files, URLs, network): printed as one line on stderr and
 * exit code 2. Anything else that is thrown is a bug, and still gets one line, never a stack trace.
 */
export class CliError extends Error {
	override name = "CliError";
}

/** The message of anything thrown, as one line. */
export function oneLine(error: unknown): string {
	return (
		errorMessage(error)
			.replace(/\s*\r?\n\s*/g, " ")
			.trim() || "unknown error"
	);
}
