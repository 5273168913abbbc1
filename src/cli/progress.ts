/**
 * Progress of fetching URLs, one status line on stderr rewritten in place (`fetching 2/5 https://…`), so a
 * person waiting on slow hosts sees what is happening. Only on a terminal: logs, pipes and CI output stay
 * clean, and the line is erased before anything else is printed.
 */
import type { CliIo } from "./cli-io.ts";

export interface Progress {
	/** Announces the next URL. */
	next(url: string): void;
	/** Erases the status line. */
	done(): void;
}

/** ANSI: back to the line's start and erase it. */
const ERASE_LINE = "\r\u001b[2K";
/** Long URLs are cut so the line never wraps on a narrow terminal. */
const MAX_URL_LENGTH = 60;

const shorten = (url: string) => (url.length > MAX_URL_LENGTH ? `${url.slice(0, MAX_URL_LENGTH - 1)}…` : url);

export function createProgress(io: Pick<CliIo, "stderr" | "stderrIsTTY">, total: number): Progress {
	if (!io.stderrIsTTY) return { next: () => undefined, done: () => undefined };
	let count = 0;
	return {
		next(url) {
			count++;
			io.stderr(`${ERASE_LINE}session-hygiene: fetching ${count}/${total} ${shorten(url)}`);
		},
		done() {
			if (count > 0) io.stderr(ERASE_LINE);
		},
	};
}
