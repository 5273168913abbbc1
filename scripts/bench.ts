/**
 * `npm run bench`: how fast the audit is, printed as a table (never asserted in tests: timings on shared
 * machines are noise). Audit throughput on 10,000 and 100,000 generated cookies (median of 5 runs), with the ratio of the two
 * per-cookie costs (about 1 means linear growth), and the first audit of 100,000 in a fresh process (what a
 * one-off CLI run pays: code not yet optimised, caches empty); the CLI's wall time and peak memory on 5,000-
 * and 50,000-entry HAR files next to a minimal tough-cookie HAR-to-jar script (scripts/bench/cli-peer.ts),
 * the overview page's data for 5,000 cookies, and the popup's first screen in
 * both real browsers (the "first-screen" performance mark of test/e2e/popup/popup-first-render.e2e.ts,
 * from navigation start) at 180 and about 2,000 cookies next to a do-nothing popup listing the same
 * cookies, and its first open after a browser start next to later opens; the jar and the parser
 * next to tough-cookie and set-cookie-parser on the same 50,000 headers (scripts/bench/jar-peers.ts), and
 * the signature check of forgeable-session per format and for a site's cookies (scripts/bench/forgeable.ts).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { getOverview } from "../src/background/messages/overview/get-overview.ts";
import type { OverviewDeps } from "../src/background/overview/all-cookies.ts";
import { nodeDigest } from "../src/cli/sample/node-digest.ts";
import { auditSites } from "../src/core/audit/audit-sites.ts";
import type { AuditSubject } from "../src/core/audit-input.ts";
import type { Cookie } from "../src/core/cookie.ts";
import { analyzeSample } from "../src/core/sample/analyze-sample.ts";
import { DEFAULT_SETTINGS } from "../src/core/settings/settings.ts";
import { createFakeCookiePort } from "../src/platform/fakes/fake-cookie-port.ts";
import { createFakeCookieStoresPort } from "../src/platform/fakes/fake-cookie-stores-port.ts";
import { createFakeStoragePort } from "../src/platform/fakes/fake-storage-port.ts";
import { type CliAgainstPeer, timeCliAgainstToughCookie } from "./bench/cli-peer.ts";
import { forgeableRows } from "./bench/forgeable.ts";
import { NAMES } from "./bench/header-mix.ts";
import { headerMix, timeJarAgainstToughCookie, timeParserAgainstSetCookieParser } from "./bench/jar-peers.ts";
import { median } from "./bench/median.ts";
import { seededRandom } from "./bench/seeded-random.ts";

const NOW = 1_790_000_000;

function generateCookies(count: number): AuditSubject[] {
	const next = seededRandom(count);
	return Array.from({ length: count }, (_, i): AuditSubject => {
		const site = `site${i % Math.max(1, Math.floor(count / 20))}.example`;
		const value = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join("");
		const cookie: Cookie = {
			name: `${NAMES[i % NAMES.length]}${i % 3 === 0 ? "" : `_${i}`}`,
			value,
			domain: next() < 0.3 ? `.${site}` : `app.${site}`,
			hostOnly: next() >= 0.3,
			path: "/",
			secure: next() < 0.6,
			httpOnly: next() < 0.5,
			sameSite: (["lax", "strict", "none", "unspecified"] as const)[i % 4] ?? "lax",
			session: i % 2 === 0,
			...(i % 2 === 0 ? {} : { expirationDate: NOW + (i % 90) * 86_400 }),
		};
		return { cookie };
	});
}

/** Runs per size: the median of several is far steadier than one run on a shared machine. */
const AUDIT_RUNS = 5;

/** Page URLs on the generated cookies' sites, as a HAR brings them: two hosts, seven paths, a query each. */
function generatePageUrls(cookies: number, count: number): string[] {
	const sites = Math.max(1, Math.floor(cookies / 20));
	return Array.from(
		{ length: count },
		(_, i) => `https://${i % 2 ? "www" : "app"}.site${i % sites}.example/account/page${i % 7}?q=${i}`,
	);
}

function timeAudit(count: number, pages = 0): { ms: number; perSecond: number } {
	const subjects = generateCookies(count);
	const input = { subjects, now: NOW, settings: DEFAULT_SETTINGS, pageUrls: generatePageUrls(count, pages) };
	auditSites(input); // warm up the JIT and the memoised site keys
	const runs: number[] = [];
	for (let i = 0; i < AUDIT_RUNS; i++) {
		// Each run starts on a clean heap, as a real audit does: without this a run also pays for
		// collecting the previous run's 100 MB report (npm run bench passes --expose-gc).
		(globalThis as { gc?: () => void }).gc?.();
		const started = performance.now();
		auditSites(input);
		runs.push(performance.now() - started);
	}
	const ms = median(runs);
	return { ms, perSecond: Math.round((count / ms) * 1000) };
}

/** The first audit of `count` cookies in this process, in ms (run in a child process, see below). */
function timeFirstAudit(count: number): number {
	const input = { subjects: generateCookies(count), now: NOW, settings: DEFAULT_SETTINGS, pageUrls: [] };
	(globalThis as { gc?: () => void }).gc?.();
	const started = performance.now();
	auditSites(input);
	return performance.now() - started;
}

/** The first audit of 100,000 cookies in a fresh Node process running this script with `--first`. */
function timeFirstAuditInChild(): number {
	const args = [...process.execArgv, fileURLToPath(import.meta.url), "--first"];
	const result = spawnSync(process.execPath, args, { encoding: "utf8" });
	const ms = Number(result.stdout.trim());
	if (result.status !== 0 || !Number.isFinite(ms))
		throw new Error(`first-audit run failed: ${result.stderr}`);
	return ms;
}

async function timeOverview(count: number): Promise<number> {
	const cookies = generateCookies(count).map((s) => ({ ...s.cookie, storeId: "0" }));
	const deps = {
		cookies: createFakeCookiePort({ now: () => NOW, cookies }),
		cookieStores: createFakeCookieStoresPort(["0"]),
		local: createFakeStoragePort(),
		session: createFakeStoragePort(),
		permissions: { hasOrigins: async () => true },
		settings: async () => DEFAULT_SETTINGS,
		now: () => NOW,
	} as unknown as OverviewDeps;
	await getOverview(deps);
	const started = performance.now();
	await getOverview(deps);
	return performance.now() - started;
}

/**
 * Runs the first-screen e2e in both browsers and returns the lines it prints: each of the popup's timings
 * next to its floor measured in the same run (a do-nothing popup listing the same cookies; later opens).
 */
function popupFirstScreen(): string[] {
	const args = ["vitest", "run", "--project", "e2e", "test/e2e/popup/popup-first-render.e2e.ts"];
	const result = spawnSync("npx", args, { encoding: "utf8" });
	const lines = result.stdout
		.split("\n")
		// biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colours vitest prints.
		.map((l) => l.replace(/\u001b\[[0-9;]*m/g, ""))
		.filter((l) => /^(chromium|firefox): first (screen|open)/.test(l));
	return lines.length > 0 ? lines : [`popup e2e failed: ${result.stderr.split("\n").slice(-5).join(" ")}`];
}

/** One printed line of popup-first-render.e2e.ts as a row: what, the popup's time, and its floor. */
function popupRow(line: string): string[] {
	const screen = /^(\w+): first screen at (\d+) cookies: (\d+ ms), do-nothing popup (\d+ ms), ([\d.]+×)/.exec(
		line,
	);
	if (screen) {
		const [, browser, cookies, ours, floor, ratio] = screen;
		return [
			`popup first screen, ${browser}, ${cookies} cookies`,
			ours ?? "",
			`do-nothing popup ${floor}: ${ratio}`,
		];
	}
	const open = /^(\w+): first open after start (\d+ ms), later opens (\d+ ms), ([\d.]+×)/.exec(line);
	if (open) {
		const [, browser, first, later, ratio] = open;
		return [`popup first open after start, ${browser}`, first ?? "", `later opens ${later}: ${ratio}`];
	}
	return [line, "", ""];
}

/** `sample`'s analysis of `count` random 128-bit hex ids with their Date headers (median of 3 runs). */
function timeSampleAnalysis(count: number): number {
	const values = Array.from({ length: count }, () => randomBytes(16).toString("hex"));
	const dates = values.map((_, i) => NOW * 1000 + i * 50);
	const runs: number[] = [];
	for (let run = 0; run < 3; run++) {
		const start = performance.now();
		analyzeSample({ values, dates, digest: nodeDigest });
		runs.push(performance.now() - start);
	}
	return median(runs);
}

/** The default sample (200 ids) and the largest (10,000): their per-id costs' ratio says how it grows. */
function sampleRows(): string[][] {
	const small = timeSampleAnalysis(200);
	const large = timeSampleAnalysis(10_000);
	const ratio = large / 10_000 / (small / 200);
	return [
		[
			"sample analysis, 200 ids of 128 bits",
			`${small.toFixed(0)} ms`,
			"analyzeSample, every test (the default --count)",
		],
		[
			"sample analysis, 10,000 ids of 128 bits",
			`${large.toFixed(0)} ms`,
			`per-id cost ${ratio.toFixed(2)}× the 200 ids' (${ratio < 1.5 ? "linear" : "NOT linear"}); the time-hash check and counter-hash's 100,000 digests (a fixed cost) included`,
		],
	];
}

if (process.argv.includes("--sample")) {
	console.table(sampleRows().map(([measure, value, note]) => ({ measure, value, note })));
	process.exit(0);
}

if (process.argv.includes("--first")) {
	console.log(timeFirstAudit(100_000).toFixed(0));
	process.exit(0);
}

const small = timeAudit(10_000);
const large = timeAudit(100_000);
const withPages = timeAudit(100_000, 50_000);
const ratio = large.ms / 100_000 / (small.ms / 10_000);
const first = timeFirstAuditInChild();
const cli = timeCliAgainstToughCookie(5_000);
const cliLarge = timeCliAgainstToughCookie(50_000);
const overview = await timeOverview(5_000);
const mix = headerMix(50_000);
const jar = timeJarAgainstToughCookie(mix);
const parser = timeParserAgainstSetCookieParser(mix);
const peerRow = (measure: string, t: { oursMs: number; peerMs: number }, peer: string) => [
	measure,
	`${t.oursMs.toFixed(0)} ms`,
	`${peer} ${t.peerMs.toFixed(0)} ms: ours takes ${(t.oursMs / t.peerMs).toFixed(2)}× its time`,
];
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
/** The CLI next to the tough-cookie script on the same HAR: time, then peak memory against the HAR's size. */
const cliRows = (entries: string, t: CliAgainstPeer) => [
	[
		`CLI on a ${entries}-entry HAR (${mb(t.harBytes)})`,
		`${t.ours.ms.toFixed(0)} ms`,
		`tough-cookie HAR-to-jar script ${t.peer.ms.toFixed(0)} ms: ours takes ${(t.ours.ms / t.peer.ms).toFixed(2)}× its time`,
	],
	[
		`CLI peak memory, ${entries}-entry HAR`,
		mb(t.ours.maxRss),
		`${(t.ours.maxRss / t.harBytes).toFixed(1)}× the HAR; the script ${mb(t.peer.maxRss)} (${(t.peer.maxRss / t.harBytes).toFixed(1)}×); JSON report ${mb(t.reportBytes)}`,
	],
];
const rows = [
	peerRow("jar: 50,000 Set-Cookie headers", jar, "tough-cookie setCookieSync"),
	peerRow("parse: 50,000 Set-Cookie headers", parser, "set-cookie-parser parseString"),
	["audit 10,000 cookies", `${small.ms.toFixed(0)} ms`, `${small.perSecond.toLocaleString("en")} cookies/s`],
	["audit 100,000 cookies", `${large.ms.toFixed(0)} ms`, `${large.perSecond.toLocaleString("en")} cookies/s`],
	[
		"audit 100,000 cookies, 50,000 page URLs",
		`${withPages.ms.toFixed(0)} ms`,
		`${withPages.perSecond.toLocaleString("en")} cookies/s (target: 200,000)`,
	],
	["per-cookie cost ratio (100k / 10k)", ratio.toFixed(2), ratio < 1.5 ? "linear" : "NOT linear"],
	["first audit of 100,000 cookies", `${first.toFixed(0)} ms`, "fresh process: code not yet optimised"],
	...cliRows("5,000", cli),
	...cliRows("50,000", cliLarge),
	["overview data, 5,000 cookies", `${overview.toFixed(0)} ms`, "getOverview over the in-memory jar"],
	...sampleRows(),
	...(await forgeableRows()),
	...popupFirstScreen().map(popupRow),
];
console.table(rows.map(([measure, value, note]) => ({ measure, value, note })));
