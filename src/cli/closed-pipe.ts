/**
 * Output to a pipe that closed early (`session-hygiene audit … | head -1`): Node reports it as an
 * asynchronous EPIPE "error" event on the stream, which would end the process with a stack trace
 * (https://nodejs.org/api/errors.html#common-system-errors, EPIPE). The reader has all it wanted, so
 * later writes are dropped quietly and the exit code stays what the audit decided.
 */

/** The part of a Node stream this needs. */
export interface OutputStream {
	write(text: string): unknown;
	on(event: "error", listener: (error: Error) => void): unknown;
}

/** A write function for `stream` that turns into a no-op once the other end has closed. */
export function quietWriter(
	stream: OutputStream,
	onOtherError: (error: Error) => void,
): (text: string) => void {
	let closed = false;
	stream.on("error", (error) => {
		if ((error as { code?: unknown }).code === "EPIPE") closed = true;
		else onOtherError(error);
	});
	return (text) => {
		if (!closed) stream.write(text);
	};
}
