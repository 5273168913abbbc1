/**
 * The built CLI next to its peer on the same HAR file: `audit --har <file> --format json --out <file>`
 * against tough-cookie-har.mjs (the minimal HAR-to-jar script), each a fresh Node process. Wall time and
 * peak resident memory (the child's own `process.resourceUsage().maxRSS`, printed at exit by max-rss.mjs);
 * the median of three alternating runs of each, so both sides share the machine's noise.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DIST_CLI } from "../../test/e2e/harness/browsers/dist-paths.ts";
import { benchHar } from "./har-file.ts";
import { median } from "./median.ts";

const RUNS = 3;
const MAX_RSS = fileURLToPath(new URL("./max-rss.mjs", import.meta.url));
const PEER = fileURLToPath(new URL("./tough-cookie-har.mjs", import.meta.url));

export interface ProcessRun {
	ms: number;
	/** Peak resident set size in bytes. */
	maxRss: number;
}

export interface CliAgainstPeer {
	harBytes: number;
	/** The CLI's JSON report, in bytes. */
	reportBytes: number;
	ours: ProcessRun;
	peer: ProcessRun;
}

function run(args: readonly string[]): ProcessRun {
	const started = performance.now();
	const result = spawnSync(process.execPath, ["--import", MAX_RSS, ...args], { encoding: "utf8" });
	const ms = performance.now() - started;
	const kb = /max-rss-kb: (\d+)\s*$/.exec(result.stderr)?.[1];
	if (result.status !== 0 || kb === undefined) throw new Error(`${args[0]} failed: ${result.stderr}`);
	return { ms, maxRss: Number(kb) * 1024 };
}

function medianRun(runs: readonly ProcessRun[]): ProcessRun {
	return { ms: median(runs.map((r) => r.ms)), maxRss: median(runs.map((r) => r.maxRss)) };
}

export function timeCliAgainstToughCookie(entries: number): CliAgainstPeer {
	const dir = mkdtempSync(join(tmpdir(), "session-hygiene-bench-"));
	try {
		const har = join(dir, "bench.har");
		const out = join(dir, "report.json");
		writeFileSync(har, benchHar(entries));
		const cli = [DIST_CLI, "audit", "--har", har, "--format", "json", "--fail-on", "none", "--out", out];
		const ours: ProcessRun[] = [];
		const peer: ProcessRun[] = [];
		for (let i = 0; i < RUNS; i++) {
			ours.push(run(cli));
			peer.push(run([PEER, har]));
		}
		return {
			harBytes: statSync(har).size,
			reportBytes: statSync(out).size,
			ours: medianRun(ours),
			peer: medianRun(peer),
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
