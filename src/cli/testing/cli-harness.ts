/** Runs `main()` in-process with captured output, a fixed clock, in-memory files and an injected fetch. */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../cli-io.ts";
import { tooLargeMessage } from "../inputs/input-limits.ts";
import { main } from "../main.ts";
import { createNodeIo } from "../node-io.ts";

/** The default audit clock of these tests: 2030-01-01T00:00:00Z. */
export const NOW = Date.UTC(2030, 0, 1);

export interface HarnessOptions {
	/** Files by path; paths not listed are read from disk (fixtures, missing files). */
	files?: Record<string, string>;
	fetch?: typeof globalThis.fetch;
	isTTY?: boolean;
	stderrIsTTY?: boolean;
	/** Standard input: piped text, or undefined for a terminal (nothing piped in). */
	stdin?: string;
	env?: Record<string, string>;
	now?: number;
	stdout?: (text: string) => void;
	/**
	 * The wordlist `forgeable-session` tries after the built-in secrets: these lines, or the vendored
	 * wallarm/jwt-secrets list. By default one made-up line, so a run with a signed cookie takes
	 * milliseconds, not the seconds of 100,000 secrets.
	 */
	wordlist?: readonly string[] | "vendored";
}

export interface CliRun {
	code: number;
	stdout: string;
	stderr: string;
	/** Files the CLI wrote to relative paths (absolute paths go to disk). */
	written: Map<string, string>;
}

const noNetwork: typeof globalThis.fetch = () => Promise.reject(new Error("this test has no network"));

export async function runCli(argv: string[], options: HarnessOptions = {}): Promise<CliRun> {
	const out = { stdout: "", stderr: "" };
	const written = new Map<string, string>();
	const node = createNodeIo();
	const io: CliIo = {
		stdout:
			options.stdout ??
			((text) => {
				out.stdout += text;
			}),
		stderr: (text) => {
			out.stderr += text;
		},
		isTTY: options.isTTY ?? false,
		stderrIsTTY: options.stderrIsTTY ?? false,
		env: options.env ?? {},
		fetch: options.fetch ?? noNetwork,
		readFile: async (path, limit) => options.files?.[path] ?? node.readFile(path, limit),
		writeFile: async (path, chunks) => {
			if (path.startsWith("/")) return node.writeFile(path, chunks);
			written.set(path, [...chunks].join(""));
		},
		readStdin: async (limit) => {
			const text = options.stdin ?? "";
			if (limit !== undefined && Buffer.byteLength(text) > limit.maxBytes) {
				throw new CliError(tooLargeMessage(limit.what, limit.maxBytes, "(standard input)"));
			}
			return text;
		},
		readWordlist: async () =>
			options.wordlist === "vendored"
				? node.readWordlist()
				: new Uint8Array(gzipSync((options.wordlist ?? ["made-up wordlist entry"]).join("\n"))),
		stdinIsTTY: options.stdin === undefined,
		now: () => options.now ?? NOW,
	};
	const code = await main(argv, io);
	return { code, ...out, written };
}

/** The path of a HAR fixture. */
export function harFixture(name: string): string {
	return fileURLToPath(new URL(`../../../test/fixtures/har/${name}`, import.meta.url));
}

/** Asserts the shape of every failure: exactly one line on stderr, prefixed with the command's name. */
export function oneErrorLine(run: CliRun): string {
	const lines = run.stderr.split("\n");
	if (lines.length !== 2 || lines[1] !== "" || !lines[0]?.startsWith("session-hygiene: ")) {
		throw new Error(`expected one error line, got ${JSON.stringify(run.stderr)}`);
	}
	return lines[0].slice("session-hygiene: ".length);
}
