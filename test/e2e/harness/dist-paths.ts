import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const DIST_CHROME = `${ROOT}dist/chrome`;
export const DIST_FIREFOX = `${ROOT}dist/firefox`;

export function requireBuild(dir: string): string {
	if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
	return dir;
}
