// `npm run build`: the Chrome and Firefox extensions and the CLI, from one vite.config.ts.
// Prints the popup's JavaScript size (gzip), which must stay under 60 kB.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const root = new URL("..", import.meta.url).pathname;
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["chrome", "firefox", "cli"];

function jsFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith(".js") ? [path] : [];
	});
}

for (const mode of targets) {
	const started = Date.now();
	await build({ root, mode, logLevel: "warn", configFile: join(root, "vite.config.ts") });
	console.log(
		`built ${mode.padEnd(7)} → dist/${mode === "cli" ? "cli/session-hygiene.mjs" : mode} in ${Date.now() - started} ms`,
	);
}

if (targets.includes("chrome")) {
	const assets = join(root, "dist/chrome/assets");
	const total = jsFiles(assets)
		.filter((f) => !f.includes("background") && !f.includes("service-worker"))
		.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
	console.log(`page JavaScript (gzip): ${(total / 1024).toFixed(1)} kB (budget 60 kB)`);
}
