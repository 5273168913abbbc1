/** The audit command without its output: collect headers into one jar, audit it, build the report. */

import type { AuditSubject } from "../core/audit-input.ts";
import { type Cookie, isLiveAt } from "../core/cookie.ts";
import { hstsByHost } from "../core/observe/set-by.ts";
import type { Report } from "../core/report.ts";
import { DEFAULT_SETTINGS } from "../core/settings/settings.ts";
import type { AuditOptions, AuditSource } from "./args/cli-options.ts";
import { auditReport } from "./audit-report.ts";
import { CliError } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import { evictionNotes } from "./eviction-note.ts";
import { fetchHops, type HttpsHop } from "./inputs/fetch-hops.ts";
import { harSignInFacts, withSignIns } from "./inputs/har-sign-ins.ts";
import { createHeaderJar, type HeaderJar } from "./inputs/header-jar.ts";
import { MAX_HAR_BYTES } from "./inputs/input-limits.ts";
import { loadUserSecrets } from "./inputs/known-secrets.ts";
import { loadSettings } from "./inputs/load-settings.ts";
import { type HarInput, readHar } from "./inputs/read-har.ts";
import { readNetscapeCookies } from "./inputs/read-netscape-cookies.ts";
import { readStorageState } from "./inputs/read-storage-state.ts";
import { createProgress } from "./progress.ts";

export async function runAudit(options: AuditOptions, io: CliIo): Promise<Report> {
	// Settings first: a bad config should fail before any request goes out.
	const settings = options.config
		? await loadSettings(options.config, io)
		: structuredClone({ ...DEFAULT_SETTINGS });
	const userSecrets = options.secrets === undefined ? [] : await loadUserSecrets(options.secrets, io);
	const { source } = options;
	// A HAR is read before the clock is set: it is audited as of its last response unless --now says
	// otherwise, so a recording from last month does not lose every cookie whose Expires has passed since.
	const input =
		source.kind === "har"
			? { kind: "har" as const, har: await loadHar(source.file, io) }
			: source.kind === "storage-state" || source.kind === "cookies-txt"
				? { kind: "jar" as const, jar: await loadJarFile(source, io) }
				: { kind: "live" as const, source };
	const recordedAt = input.kind === "har" ? input.har.recordedAt : undefined;
	const nowMs = options.now ?? recordedAt ?? io.now();
	// The jar stores at whole seconds (creation times, Max-Age expiries); the audit runs at the exact time
	// (audit-report.ts).
	const now = Math.floor(nowMs / 1000);
	const auditNow = nowMs / 1000;
	const jar = createHeaderJar(options.browser, now);
	const https: HttpsHop[] = [];
	const pageUrls =
		input.kind === "har"
			? applyHar(input.har, jar)
			: input.kind === "jar"
				? input.jar.pageUrls
				: await collect(input.source, options, jar, io, https);
	const hsts = input.kind === "har" ? input.har.hsts : hstsByHost(https);
	// A storage state or cookies.txt is the jar itself: its cookies are audited as they are, with no header
	// to replay; those expired by the audit's time are gone, as a browser would have dropped them.
	const replayed = input.kind === "jar" ? jarSubjects(input.jar, auditNow) : jar.subjects();
	const observed =
		input.kind === "har"
			? withSignIns(replayed, harSignInFacts(input.har.entries, options.browser, now))
			: replayed;
	const notes = evictionNotes(jar.evicted, observed);
	if (notes !== "") io.stderr(notes);
	return auditReport(
		{
			subjects: observed,
			nowMs,
			settings,
			pageUrls,
			hsts,
			rejected: jar.rejected,
			source: { kind: options.source.kind, url: sourceUrl(options.source) },
			userSecrets,
			includeValues: options.showValues,
		},
		io,
	);
}

/** The cookies of a file that holds a jar (a storage state, a cookies.txt), and what it cannot say. */
interface JarFile {
	cookies: Cookie[];
	/** The pages the file knows of: a storage state's origins. */
	pageUrls: string[];
	/** A cookies.txt has no SameSite field. */
	sameSiteUnknown: boolean;
}

async function loadJarFile(
	source: Extract<AuditSource, { kind: "storage-state" | "cookies-txt" }>,
	io: CliIo,
): Promise<JarFile> {
	if (source.kind === "storage-state") {
		const state = readStorageState(await io.readFile(source.file, STATE_LIMIT), source.file);
		return { ...state, sameSiteUnknown: false };
	}
	const { cookies } = readNetscapeCookies(await io.readFile(source.file, COOKIES_LIMIT), source.file);
	return { cookies, pageUrls: [], sameSiteUnknown: true };
}

function jarSubjects(file: JarFile, now: number): AuditSubject[] {
	const live = file.cookies.filter((c) => isLiveAt(c, now));
	return live.map((cookie) => (file.sameSiteUnknown ? { cookie, sameSiteUnknown: true } : { cookie }));
}

async function loadHar(file: string, io: CliIo): Promise<HarInput> {
	const name = file === STDIN ? "(standard input)" : file;
	const text = file === STDIN ? await readPiped(io) : await io.readFile(file, HAR_LIMIT);
	const har = readHar(text, name);
	if (har.pageUrls.length > 0 && har.events.length === 0) io.stderr(noSetCookieNote(name));
	return har;
}

/**
 * Said when a HAR has responses but not one Set-Cookie: most often an export that left them out (Chrome's
 * DevTools save a sanitized HAR unless asked for sensitive data), which would otherwise look like a site
 * that sets no cookies.
 */
function noSetCookieNote(name: string): string {
	return `session-hygiene: note: HAR file ${name} has responses but no Set-Cookie header; Chrome's DevTools leave them out unless you choose "Export HAR (with sensitive data)"\n`;
}

/** Applies every header of the HAR to the jar, in order, each at its entry's time; returns its page URLs. */
function applyHar(har: HarInput, jar: HeaderJar): string[] {
	for (const event of har.events) jar.apply(event);
	return har.pageUrls;
}

/** Applies every header of literal or fetched input to the jar, in order; returns the pages' URLs. */
async function collect(
	source: Exclude<AuditSource, { kind: "har" | "storage-state" | "cookies-txt" }>,
	options: AuditOptions,
	jar: HeaderJar,
	io: CliIo,
	https: HttpsHop[],
): Promise<string[]> {
	if (source.kind === "headers") {
		for (const setCookie of source.headers) jar.apply({ setCookie, url: source.from });
		return [source.from];
	}
	const visited: string[] = [];
	const progress = createProgress(io, source.urls.length);
	try {
		for (const url of source.urls) {
			progress.next(url);
			const fetchOptions = {
				fetch: io.fetch,
				timeoutMs: options.timeoutMs,
				onHttps: (hop: HttpsHop) => https.push(hop),
			};
			visited.push(...(await fetchHops(url, jar, fetchOptions)));
		}
	} finally {
		progress.done();
	}
	return visited;
}

const HAR_LIMIT = { maxBytes: MAX_HAR_BYTES, what: "HAR" };
const STATE_LIMIT = { maxBytes: MAX_HAR_BYTES, what: "storage state" };
const COOKIES_LIMIT = { maxBytes: MAX_HAR_BYTES, what: "cookies file" };

/** `--har -`: the HAR comes from standard input (`… | session-hygiene audit --har -`). */
const STDIN = "-";

async function readPiped(io: CliIo): Promise<string> {
	if (io.stdinIsTTY) {
		throw new CliError(
			"--har - reads the HAR from standard input, but nothing is piped in (… | session-hygiene audit --har -)",
		);
	}
	return io.readStdin(HAR_LIMIT);
}

/** The report names one URL only when the input has exactly one. */
function sourceUrl(source: AuditSource): string | undefined {
	if (source.kind === "headers") return source.from;
	return source.kind === "url" && source.urls.length === 1 ? source.urls[0] : undefined;
}
