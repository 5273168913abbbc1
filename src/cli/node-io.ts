import { open, readFile, stat } from "node:fs/promises";
import { CliError, oneLine } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import { quietWriter } from "./closed-pipe.ts";
import { describeFileError } from "./inputs/file-errors.ts";
import { createHttpFetch } from "./inputs/http-fetch.ts";
import { tooLargeMessage } from "./inputs/input-limits.ts";
import { readStream } from "./read-stream.ts";

/**
 * The wordlist sits beside the bundle (scripts/build.mjs copies it into the CLI's folder); run from the
 * sources (tests, tsx) it is read where it is kept.
 */
const WORDLIST_PLACES = [
	new URL("./wallarm-jwt-secrets.txt.gz", import.meta.url),
	new URL("../core/forgeable/data/wallarm-jwt-secrets.txt.gz", import.meta.url),
];

async function readWordlist(): Promise<Uint8Array<ArrayBuffer>> {
	for (const place of WORDLIST_PLACES) {
		try {
			return new Uint8Array(await readFile(place));
		} catch (error) {
			if ((error as { code?: unknown }).code !== "ENOENT")
				throw describeFileError("read", place.pathname, error);
		}
	}
	throw new CliError(
		`cannot read the wallarm/jwt-secrets wordlist: no such file ${WORDLIST_PLACES[0]?.pathname}`,
	);
}

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
		readFile: async (path, limit) => {
			try {
				if (limit !== undefined && (await stat(path)).size > limit.maxBytes) {
					throw new CliError(tooLargeMessage(limit.what, limit.maxBytes, path));
				}
				return await readFile(path, "utf8");
			} catch (error) {
				if (error instanceof CliError) throw error;
				throw describeFileError("read", path, error);
			}
		},
		writeFile: async (path, chunks) => {
			try {
				const file = await open(path, "w");
				try {
					for (const chunk of chunks) await file.write(chunk, null, "utf8");
				} finally {
					await file.close();
				}
			} catch (error) {
				throw describeFileError("write", path, error);
			}
		},
		readWordlist,
		readStdin: (limit) => readStream(process.stdin, "(standard input)", limit),
		stdinIsTTY: process.stdin.isTTY === true,
		now: () => Date.now(),
	};
}
