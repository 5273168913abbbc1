/**
 * Progress of a long count on stderr, one status line rewritten in place
 * (`session-hygiene: checking signatures against known secrets 25,600/103,794`), at most a few times a
 * second. As progress.ts: only on a terminal, and erased before anything else is printed.
 */
import type { CliIo } from "./cli-io.ts";

export interface CountProgress {
	update(done: number, total: number): void;
	done(): void;
}

const ERASE_LINE = "\r\u001b[2K";
const EVERY_MS = 200;

export function createCountProgress(
	io: Pick<CliIo, "stderr" | "stderrIsTTY" | "now">,
	what: string,
): CountProgress {
	if (!io.stderrIsTTY) return { update: () => undefined, done: () => undefined };
	let shown = false;
	let last = Number.NEGATIVE_INFINITY;
	return {
		update(done, total) {
			const now = io.now();
			if (now - last < EVERY_MS && done < total) return;
			last = now;
			shown = true;
			io.stderr(
				`${ERASE_LINE}session-hygiene: ${what} ${done.toLocaleString("en")}/${total.toLocaleString("en")}`,
			);
		},
		done() {
			if (shown) io.stderr(ERASE_LINE);
		},
	};
}
