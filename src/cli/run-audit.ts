/** The audit command without its output: collect headers into one jar, audit it, build the report. */
import { auditSites } from "../core/audit/audit-sites.ts";
import type { Report } from "../core/report.ts";
import { buildReport } from "../core/reports/build-report.ts";
import { DEFAULT_SETTINGS } from "../core/settings.ts";
import { CliError } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import type { AuditOptions, AuditSource } from "./cli-options.ts";
import { fetchHops } from "./fetch-hops.ts";
import { createHeaderJar, type HeaderJar } from "./header-jar.ts";
import { loadSettings } from "./load-settings.ts";
import { createProgress } from "./progress.ts";
import { readHar } from "./read-har.ts";
import { VERSION } from "./version.ts";

export async function runAudit(options: AuditOptions, io: CliIo): Promise<Report> {
	// Settings first: a bad config should fail before any request goes out.
	const settings = options.config
		? await loadSettings(options.config, io)
		: structuredClone({ ...DEFAULT_SETTINGS });
	const nowMs = options.now ?? io.now();
	const now = Math.floor(nowMs / 1000);
	const jar = createHeaderJar(options.browser, now);
	const pageUrls = await collect(options, jar, io);
	const sites = auditSites(
		{ subjects: jar.subjects(), now, settings, pageUrls },
		{ includeValues: options.showValues },
	);
	return buildReport({
		sites,
		rejected: jar.rejected,
		source: { kind: options.source.kind, url: sourceUrl(options.source) },
		version: VERSION,
		generatedAt: new Date(nowMs).toISOString(),
	});
}

/** Applies every header of the source to the jar, in order; returns the URLs of the pages involved. */
async function collect(options: AuditOptions, jar: HeaderJar, io: CliIo): Promise<string[]> {
	const { source } = options;
	if (source.kind === "headers") {
		for (const setCookie of source.headers) jar.apply({ setCookie, url: source.from });
		return [source.from];
	}
	if (source.kind === "har") {
		const har =
			source.file === STDIN
				? readHar(await readPiped(io), "(standard input)")
				: readHar(await io.readFile(source.file), source.file);
		for (const event of har.events) jar.apply(event);
		return har.pageUrls;
	}
	const visited: string[] = [];
	const progress = createProgress(io, source.urls.length);
	try {
		for (const url of source.urls) {
			progress.next(url);
			visited.push(...(await fetchHops(url, jar, { fetch: io.fetch, timeoutMs: options.timeoutMs })));
		}
	} finally {
		progress.done();
	}
	return visited;
}

/** `--har -`: the HAR comes from standard input (`… | session-hygiene audit --har -`). */
const STDIN = "-";

async function readPiped(io: CliIo): Promise<string> {
	if (io.stdinIsTTY) {
		throw new CliError(
			"--har - reads the HAR from standard input, but nothing is piped in (… | session-hygiene audit --har -)",
		);
	}
	return io.readStdin();
}

/** The report names one URL only when the input has exactly one. */
function sourceUrl(source: AuditSource): string | undefined {
	if (source.kind === "headers") return source.from;
	return source.kind === "url" && source.urls.length === 1 ? source.urls[0] : undefined;
}
