// `npm test`: everything CI runs, in order, stopping at the first failure with its name.
// `npm test -- <prefix>` runs the steps whose name starts with the prefix; `npm run test:quick` (--quick)
// leaves out the slow tier.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const e2e = (project) => ["npx", ["vitest", "run", "--project", project]];

/**
 * The slow tier mostly waits (Chromium's two-minute SameSite window, vite.config.ts project "e2e-slow"),
 * so it starts in the background once the builds are there and runs while the later steps run.
 */
const steps = [
	{ name: "type check", run: ["npx", ["tsc", "--noEmit"]] },
	{ name: "lint and format (Biome)", run: ["npx", ["biome", "check", "."]] },
	{ name: "unit tests", run: ["npx", ["vitest", "run", "--project", "unit"]] },
	{ name: "build (chrome, firefox, cli)", run: ["node", ["scripts/build.mjs"]] },
	{ name: "real-browser e2e, slow tier (Chromium and Firefox)", run: e2e("e2e-slow"), alongside: true },
	{ name: "web-ext lint (Firefox)", run: ["node", ["scripts/lint-firefox.mjs"]] },
	{ name: "real-browser e2e (Chromium and Firefox)", run: e2e("e2e") },
];

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.find((a) => !a.startsWith("--"));
const env = { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1" };
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
/** Background steps still running: killed when a foreground step fails, awaited at the end. */
const running = [];

/** Background steps are detached (no Ctrl-C reaches them), so their whole group goes: npx, vitest, browsers. */
function stopAlongside() {
	for (const { child } of running) if (child.exitCode === null) process.kill(-child.pid, "SIGTERM");
}
for (const signal of ["SIGINT", "SIGTERM"]) {
	process.on(signal, () => {
		stopAlongside();
		process.exit(1);
	});
}

function fail(name, status) {
	console.error(`\n✖ ${name} failed (exit ${status}).`);
	stopAlongside();
	process.exit(1);
}

/**
 * Starts a step without waiting. Its output goes to a temporary file (a pipe would fill up and stall it
 * while spawnSync blocks this process) and is printed as one block when it ends.
 */
function startAlongside(name, [command, commandArgs]) {
	console.log(`\n▶ ${name}: started, runs alongside the next steps`);
	const started = Date.now();
	const log = join(mkdtempSync(join(tmpdir(), "session-hygiene-test-")), "output.txt");
	const fd = openSync(log, "w");
	const child = spawn(command, commandArgs, { env, detached: true, stdio: ["ignore", fd, fd] });
	closeSync(fd);
	const done = new Promise((resolve) =>
		child.on("close", (code, signal) => {
			const output = readFileSync(log, "utf8");
			rmSync(dirname(log), { recursive: true, force: true });
			resolve({ status: code ?? signal, output, took: seconds(started) });
		}),
	);
	running.push({ name, child, done });
}

for (const { name, run, alongside } of steps) {
	if (only && !name.startsWith(only)) continue;
	if (quick && alongside) continue;
	if (alongside) {
		startAlongside(name, run);
		continue;
	}
	console.log(`\n▶ ${name}`);
	const started = Date.now();
	const result = spawnSync(run[0], run[1], { stdio: "inherit", env });
	if (result.status !== 0) fail(name, result.status ?? result.signal);
	console.log(`✔ ${name} (${seconds(started)})`);
}

for (const { name, done } of running) {
	const { status, output, took } = await done;
	console.log(`\n▶ ${name} (ran alongside)\n${output}`);
	if (status !== 0) fail(name, status);
	console.log(`✔ ${name} (${took})`);
}
console.log(quick ? "\nAll checks passed (quick: slow tier left out)." : "\nAll checks passed.");
