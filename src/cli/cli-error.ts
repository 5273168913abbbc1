import { errorMessage } from "../core/error-message.ts";
import { escapeControls } from "./terminal-escape.ts";

/**
 * A problem with the user's input (arguments, files, URLs, network): printed as one line on stderr and
 * exit code 2. Anything else that is thrown is a bug, and still gets one line, never a stack trace.
 * The message is made one line here, with any control character from the input escaped (a CR or ESC
 * quoted from a file must not reach the terminal raw).
 */
export class CliError extends Error {
	override name = "CliError";
	constructor(message: string) {
		super(toOneLine(message));
	}
}

/** The message of anything thrown, as one line. */
export function oneLine(error: unknown): string {
	return toOneLine(errorMessage(error)) || "unknown error";
}

function toOneLine(text: string): string {
	return escapeControls(text.replace(/\s*[\r\n]+\s*/g, " ").trim());
}
