// `npm run screenshots`: builds the extensions, then runs the popup-look e2e test with docs/screenshots as
// its output folder, rewriting the README's popup pictures (light and dark, Chromium and Firefox). The
// test itself writes to a temporary folder, so no ordinary test run touches tracked files.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// Kept in step with SCREENSHOTS_ENV in test/e2e/harness/pages/popup-look.ts.
const env = { ...process.env, SESSION_HYGIENE_SCREENSHOTS: `${root}docs/screenshots` };
const run = (command, args) => spawnSync(command, args, { stdio: "inherit", env, cwd: root }).status ?? 1;

const status =
	run("node", ["scripts/build.mjs", "chrome", "firefox"]) ||
	run("npx", ["vitest", "run", "--project", "e2e", "test/e2e/popup/popup-look.e2e.ts"]);
if (status === 0) console.log(`Screenshots written to ${env.SESSION_HYGIENE_SCREENSHOTS}.`);
process.exit(status);
