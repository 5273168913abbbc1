// `npm run build`: the Chrome and Firefox extensions and the CLI, from one vite.config.ts.
// Prints the popup's JavaScript size (gzip), which must stay under 60 kB.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const root = new URL("..", import.meta.url).pathname;
const dist = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(root, "dist");
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["chrome", "firefox", "cli"];

for (const mode of targets) {
	const started = Date.now();
	await build({ root, mode, logLevel: "warn", configFile: join(root, "vite.config.ts") });
	// Every package carries our license and the notices of what it bundles (re2js, preact, tldts, the Open
	// Cookie Database under Apache-2.0, which asks for its license and notice to travel with the data).
	const out = join(dist, mode);
	for (const file of ["LICENSE", "NOTICE"]) copyFileSync(join(root, file), join(out, file));
	// The CLI reads the wallarm/jwt-secrets wordlist from beside its bundle (src/cli/node-io.ts).
	// The extensions read it from their own package (src/background/forgeable/signature-checks.ts).
	const wordlist = "wallarm-jwt-secrets.txt.gz";
	if (mode === "cli") copyFileSync(join(root, "src/core/forgeable/data", wordlist), join(out, wordlist));
	else {
		mkdirSync(join(out, "forgeable"), { recursive: true });
		copyFileSync(join(root, "src/core/forgeable/data", wordlist), join(out, "forgeable", wordlist));
	}
	if (mode === "cli") writeLibraryTypes(join(out, "types"));
	console.log(
		`built ${mode.padEnd(7)} → ${join(dist, mode === "cli" ? "cli/session-hygiene.mjs" : mode)} in ${Date.now() - started} ms`,
	);
}

if (targets.includes("chrome")) {
	// The popup's own scripts: the entry and the chunks it preloads, as listed in the built HTML.
	const chrome = join(dist, "chrome");
	const html = readFileSync(join(chrome, "src/popup/index.html"), "utf8");
	const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => join(chrome, m[1]));
	const total = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
	console.log(
		`popup JavaScript (gzip): ${(total / 1024).toFixed(1)} kB in ${scripts.length} files (budget 60 kB)`,
	);
}

/**
 * The library's type declarations (package.json "exports"), from its sources by tsc (tsconfig.lib.json).
 * The sources import with `.ts` extensions; the declarations point at `.js`, which TypeScript resolves to
 * the `.d.ts` beside it in a consumer's project.
 */
function writeLibraryTypes(outDir) {
	const tsc = join(root, "node_modules/typescript/bin/tsc");
	execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.lib.json"), "--outDir", outDir], {
		stdio: "inherit",
	});
	for (const entry of readdirSync(outDir, { recursive: true })) {
		const file = join(outDir, String(entry));
		if (!file.endsWith(".d.ts")) continue;
		const text = readFileSync(file, "utf8");
		writeFileSync(file, text.replace(/(from\s+["'](?:\.{1,2}\/)[^"']*)\.tsx?(["'])/g, "$1.js$2"));
	}
}
