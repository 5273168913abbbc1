/**
 * Everything the CLI needs from the outside world, injected so that tests run `main()` in-process with
 * captured output, a fake clock and files in memory.
 */
export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
	/** Whether stdout is a terminal: the text view is coloured only then. */
	isTTY: boolean;
	/** Whether stderr is a terminal: progress is shown there only then, never in logs or pipes. */
	stderrIsTTY: boolean;
	/** Environment variables the CLI honours (NO_COLOR, FORCE_COLOR). */
	env: Readonly<Record<string, string | undefined>>;
	fetch: typeof globalThis.fetch;
	/** A file as UTF-8; with `limit`, a file over `limit.maxBytes` is refused before it is read. */
	readFile(path: string, limit?: SizeLimit): Promise<string>;
	/** All of standard input, as UTF-8 (`--har -`); with `limit`, refused once it passes `limit.maxBytes`. */
	readStdin(limit?: SizeLimit): Promise<string>;
	/**
	 * The vendored wallarm/jwt-secrets wordlist, gzip bytes (src/core/forgeable/data/wallarm-jwt-secrets.txt.gz):
	 * read only when some cookie has a signature to check.
	 */
	readWordlist(): Promise<Uint8Array<ArrayBuffer>>;
	/** Whether stdin is a terminal: then nothing is piped in, and `--har -` would wait for typing. */
	stdinIsTTY: boolean;
	/** Writes the text given in chunks, one after the other, without joining them first. */
	writeFile(path: string, chunks: Iterable<string>): Promise<void>;
	/** Epoch milliseconds: the audit clock unless `--now` pins it. */
	now(): number;
}

/** A size limit and what to call the input in its error ("HAR" → "HAR larger than 256 MB: x.har"). */
export interface SizeLimit {
	maxBytes: number;
	what: string;
}
