/**
 * The package's library (docs/design.md, "Version 2"): the rules of the extension and the CLI on the
 * cookies a test suite already has. `auditCookies` takes the cookie objects of WebExtensions, Playwright,
 * Puppeteer, the Chrome DevTools Protocol or WebDriver BiDi (src/core/shapes/tool-cookie.ts, told apart
 * per object); `auditSetCookieHeaders` stores Set-Cookie headers as a browser would first; `formatReport`
 * writes a report as the CLI's `--format` does; `analyzeSample` judges fresh session ids as
 * `session-hygiene sample` does, on ids the caller collected.
 */

import type { Browser, Format } from "../cli/args/cli-options.ts";
import { FORMATS } from "../cli/args/cli-options.ts";
import { createHeaderJar } from "../cli/inputs/header-jar.ts";
import { renderReport } from "../cli/render-report.ts";
import { nodeDigest } from "../cli/sample/node-digest.ts";
import type { AuditSubject } from "../core/audit-input.ts";
import { isLiveAt } from "../core/cookie.ts";
import type { Report } from "../core/report.ts";
import { analyzeSample as analyzeIds, type SampleAnalysis } from "../core/sample/analyze-sample.ts";
import { fromToolCookie } from "../core/shapes/tool-cookie.ts";
import { type AuditOptions, auditPipeline, nowMsOf, settingsOf } from "./audit-pipeline.ts";

export type { Format } from "../cli/args/cli-options.ts";
export type { CookieReport, Finding, Report, Severity, SiteReport } from "../core/report.ts";
export type { SampleAnalysis, SampleVerdict } from "../core/sample/analyze-sample.ts";
export type { AuditOptions } from "./audit-pipeline.ts";

/**
 * Audits a jar: `await auditCookies(await context.cookies())`. Cookies already expired at `now` are left
 * out, as a browser drops them. Throws a TypeError naming the first object of no known shape.
 */
export async function auditCookies(cookies: readonly unknown[], options: AuditOptions = {}): Promise<Report> {
	if (!Array.isArray(cookies)) throw new TypeError("auditCookies: cookies must be an array");
	const nowMs = nowMsOf(options.now);
	const settings = settingsOf(options.settings);
	const now = nowMs / 1000;
	const subjects: AuditSubject[] = [];
	for (const [i, x] of cookies.entries()) {
		const cookie = fromToolCookie(x, `cookies[${i}]`);
		if (isLiveAt(cookie, now)) subjects.push({ cookie });
	}
	return auditPipeline(subjects, { nowMs, settings, pageUrls: options.pageUrls ?? [], source: "browser" });
}

export interface HeaderOptions extends AuditOptions {
	/** Store the headers the way this browser does (default chromium). */
	browser?: Browser;
}

/**
 * Audits Set-Cookie headers as if `url` had sent them, in order: what the browser refuses is in
 * `report.rejected`, with the reason.
 */
export async function auditSetCookieHeaders(
	url: string,
	headers: readonly string[],
	options: HeaderOptions = {},
): Promise<Report> {
	if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
		throw new TypeError(`auditSetCookieHeaders: "${url}" is not an http or https URL`);
	const nowMs = nowMsOf(options.now);
	const settings = settingsOf(options.settings);
	const jar = createHeaderJar(options.browser ?? "chromium", Math.floor(nowMs / 1000));
	for (const setCookie of headers) jar.apply({ setCookie: String(setCookie), url });
	return auditPipeline(
		jar.subjects(),
		{ nowMs, settings, pageUrls: [url, ...(options.pageUrls ?? [])], source: "headers", url },
		jar.rejected,
	);
}

/** The report as text, JSON (report@2), Markdown or SARIF, as the CLI's `--format` writes it. */
export function formatReport(report: Report, format: Format = "text"): string {
	if (!FORMATS.includes(format))
		throw new TypeError(`formatReport: format must be one of ${FORMATS.join(", ")}`);
	return [...renderReport(report, format, false)].join("");
}

export interface SampleOptions {
	/** Each value's response time (its Date header) as a Date or epoch milliseconds, same order: enables the time tests. */
	dates?: readonly (Date | number)[];
}

/**
 * Judges fresh session ids, in the order they were issued, as `session-hygiene sample` does:
 * `predictable`, `weak` or `ok`, with every test, the entropy estimate and the reasons. The caller
 * collects the ids (a fresh browser context per id, or requests without cookies).
 */
export function analyzeSample(values: readonly string[], options: SampleOptions = {}): SampleAnalysis {
	if (!Array.isArray(values) || values.some((v) => typeof v !== "string"))
		throw new TypeError("analyzeSample: values must be an array of strings");
	const dates = options.dates?.map((d, i) => {
		const ms = d instanceof Date ? d.getTime() : d;
		if (!Number.isFinite(ms)) throw new TypeError(`analyzeSample: options.dates[${i}] is not a valid time`);
		return ms;
	});
	if (dates && dates.length !== values.length)
		throw new TypeError(`analyzeSample: ${dates.length} dates for ${values.length} values`);
	return analyzeIds({ values, digest: nodeDigest, ...(dates ? { dates } : {}) });
}
