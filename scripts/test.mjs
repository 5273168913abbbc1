// `npm test`: everything CI runs, in order, stopping at the first failure with its name.
import { spawnSync } from "node:child_process";

const steps = [
	["type check", "npx", ["tsc", "--noEmit"]],
	["lint and format (Biome)", "npx", ["biome", "check", "."]],
	["unit tests", "npx", ["vitest", "run", "--project", "unit"]],
	["build (chrome, firefox, cli)", "node", ["scripts/build.mjs"]],
	["web-ext lint (Firefox)", "node", ["scripts/lint-firefox.mjs"]],
	["real-browser e2e (Chromium and Firefox)", "npx", ["vitest", "run", "--project", "e2e"]],
];

const only = process.argv[2];
for (const [name, command, args] of steps) {
	if (only && !name.startsWith(only)) continue;
	console.log(`\n▶ ${name}`);
	const started = Date.now();
	const result = spawnSync(command, args, {
		stdio: "inherit",
		env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1" },
	});
	if (result.status !== 0) {
		console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
		process.exit(1);
	}
	console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log("\nAll checks passed.");
