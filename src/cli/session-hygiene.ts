/**
 * The `session-hygiene` command (built to dist/cli/session-hygiene.mjs with a `#!/usr/bin/env node`
 * banner). It only wires the real process to `main()`; nothing here may print a stack trace.
 */
import { oneLine } from "./cli-error.ts";
import { main } from "./main.ts";
import { createNodeIo } from "./node-io.ts";

try {
	process.exitCode = await main(process.argv.slice(2), createNodeIo());
} catch (error) {
	process.stderr.write(`session-hygiene: ${oneLine(error)}\n`);
	process.exitCode = 2;
}
