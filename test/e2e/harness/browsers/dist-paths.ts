import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
/** DIST_DIR (as for the build) points the tests at another build than ./dist. */
const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : `${ROOT}dist`;
export const DIST_CHROME = `${DIST}/chrome`;
export const DIST_FIREFOX = `${DIST}/firefox`;
export const DIST_CLI = `${DIST}/cli/session-hygiene.mjs`;

export function requireBuild(dir: string): string {
	if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
	return dir;
}
