import { readFile, writeFile } from "node:fs/promises";
import { oneLine } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import { quietWriter } from "./closed-pipe.ts";
import { describeFileError } from "./inputs/file-errors.ts";
import { createHttpFetch } from "./inputs/http-fetch.ts";

/** The real process: Node's stdout/stderr, node:http(s) (inputs/http-fetch.ts), the file system and the system clock. */
export function createNodeIo(): CliIo {
	const stderr = quietWriter(process.stderr, () => {
		process.exitCode = 2;
	});
	const stdout = quietWriter(process.stdout, (error) => {
		stderr(`session-hygiene: cannot write to standard output: ${oneLine(error)}\n`);
		process.exitCode = 2;
	});
	return {
		stdout,
		stderr,
		isTTY: process.stdout.isTTY === true,
		stderrIsTTY: process.stderr.isTTY === true,
		env: process.env,
		fetch: createHttpFetch(),
		readFile: async (path) => {
			try {
				return await readFile(path, "utf8");
			} catch (error) {
				throw describeFileError("read", path, error);
			}
		},
		writeFile: async (path, text) => {
			try {
				await writeFile(path, text, "utf8");
			} catch (error) {
				throw describeFileError("write", path, error);
			}
		},
		readStdin: async () => {
			const chunks: Buffer[] = [];
			for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
			return Buffer.concat(chunks).toString("utf8");
		},
		stdinIsTTY: process.stdin.isTTY === true,
		now: () => Date.now(),
	};
}
