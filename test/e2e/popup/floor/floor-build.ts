/**
 * A throw-away copy of the built extensions with the do-nothing popup (floor.html) added, for the
 * first-screen benchmark (popup-first-render.e2e.ts): the real build never carries it. The copy lives in
 * the system's temporary directory; tests never write into tracked files (docs/testing.md, "Screenshots").
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ROOT = resolve(HERE, "../../../..");

export const FLOOR_PATH = "floor.html";

/** Copies `$DIST_DIR` (or ./dist) with floor.html and floor.js in each browser's build; returns the copy. */
export function floorBuild(): { dir: string; remove: () => void } {
	const source = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(ROOT, "dist");
	const dir = mkdtempSync(join(tmpdir(), "session-hygiene-floor-"));
	for (const browser of ["chrome", "firefox"]) {
		cpSync(join(source, browser), join(dir, browser), { recursive: true });
		for (const file of ["floor.html", "floor.js"]) cpSync(join(HERE, file), join(dir, browser, file));
	}
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
