/**
 * The report as pretty-printed JSON (the CLI's `--format json`, the extension's export): report@2, each
 * distinct fix text once in `fixes` and findings pointing into it by `fixIndex`
 * (docs/design.md, "Report versions"). A 50,000-entry HAR's report repeated the same few texts 100,000
 * times, more than half its bytes (`npm run bench`). {@link jsonChunks} writes it piece by piece, so the
 * whole text is never one string.
 */
import {
	type CookieReport,
	type FindingJson,
	REPORT_SCHEMA_V1,
	type Report,
	type ReportJson,
} from "../report.ts";

export interface JsonOptions {
	/** 1 writes report@1 (each finding with its `fix` text, no `fixes`), for readers not yet on report@2. */
	version?: 1 | 2;
}

/** Every distinct fix text, in order of first use, with its index. */
function fixTable(report: Report): Map<string, number> {
	const table = new Map<string, number>();
	for (const site of report.sites)
		for (const cookie of site.cookies)
			for (const { fix } of cookie.findings)
				if (fix !== undefined && !table.has(fix)) table.set(fix, table.size);
	return table;
}

function cookieJson(cookie: CookieReport, fixes: ReadonlyMap<string, number>) {
	const findings = cookie.findings.map(({ fix, ...rest }): FindingJson => {
		const fixIndex = fix === undefined ? undefined : fixes.get(fix);
		return fixIndex === undefined ? rest : { ...rest, fixIndex };
	});
	return { ...cookie, findings };
}

/** `value` as JSON.stringify(value, null, 2) writes it `depth` levels deep. */
function nested(value: unknown, depth: number): string {
	return JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);
}

/** Items stringified at once: few enough to keep each string small, enough to call JSON.stringify rarely. */
const BATCH = 256;

/**
 * `items` as a pretty-printed JSON array `depth` levels deep. A batch of items is stringified inside `depth`
 * wrapping arrays, so that JSON.stringify itself indents them as deep as they go, and the wrappers are cut
 * off: re-indenting each item's text (nested) was most of the writer's time on a large report.
 */
function* array<T>(items: readonly T[], depth: number, item: (t: T) => unknown): Generator<string> {
	if (items.length === 0) {
		yield "[]";
		return;
	}
	const indent = "  ".repeat(depth + 1);
	let open = "";
	let close = "";
	for (let level = 0; level <= depth; level++) {
		open += `${"  ".repeat(level)}[\n`;
		close = `\n${"  ".repeat(level)}]${close}`;
	}
	open += indent;
	for (let from = 0; from < items.length; from += BATCH) {
		let wrapped: unknown = items.slice(from, from + BATCH).map(item);
		for (let level = 0; level < depth; level++) wrapped = [wrapped];
		const text = JSON.stringify(wrapped, null, 2);
		yield `${from === 0 ? "[" : ","}\n${indent}${text.slice(open.length, text.length - close.length)}`;
	}
	yield `\n${"  ".repeat(depth)}]`;
}

/** `items` as a pretty-printed JSON array `depth` levels deep, each item's text made by `item`. */
function* arrayOf<T>(
	items: readonly T[],
	depth: number,
	item: (t: T) => Iterable<string>,
): Generator<string> {
	if (items.length === 0) {
		yield "[]";
		return;
	}
	const indent = "  ".repeat(depth + 1);
	for (let i = 0; i < items.length; i++) {
		yield `${i === 0 ? "[" : ","}\n${indent}`;
		yield* item(items[i] as T);
	}
	yield `\n${"  ".repeat(depth)}]`;
}

function* reportParts(report: Report, options: JsonOptions): Generator<string> {
	const v1 = options.version === 1;
	const fixes = v1 ? new Map<string, number>() : fixTable(report);
	const { sites, rejected, schema, ...head } = report;
	yield `{\n  "schema": ${JSON.stringify(v1 ? REPORT_SCHEMA_V1 : schema)}`;
	for (const [key, value] of Object.entries(head)) yield `,\n  ${JSON.stringify(key)}: ${nested(value, 1)}`;
	if (!v1) {
		yield ',\n  "fixes": ';
		yield* array([...fixes.keys()], 1, (text) => text);
	}
	yield ',\n  "sites": ';
	yield* arrayOf(sites, 1, function* ({ cookies, ...site }) {
		const fields = Object.entries(site).map(([k, v]) => `${JSON.stringify(k)}: ${nested(v, 3)}`);
		yield `{\n      ${fields.join(",\n      ")},\n      "cookies": `;
		yield* array(cookies, 3, (cookie) => (v1 ? cookie : cookieJson(cookie, fixes)));
		yield "\n    }";
	});
	yield ',\n  "rejected": ';
	yield* array(rejected, 1, (r) => r);
	yield "\n}\n";
}

/**
 * How long a chunk grows before it is handed on: 1 MiB, so a 60 MB report is about 60 writes (with 64 KiB
 * chunks the CLI's thousand awaited file writes cost more than the text they wrote, `npm run bench`).
 */
export const JSON_CHUNK_LENGTH = 1 << 20;

/** The JSON text in chunks of JSON_CHUNK_LENGTH or more (by a batch of items at most): the same text as {@link toJson}, never held whole. */
export function* jsonChunks(report: Report, options: JsonOptions = {}): Generator<string> {
	let chunk = "";
	for (const part of reportParts(report, options)) {
		chunk += part;
		if (chunk.length >= JSON_CHUNK_LENGTH) {
			yield chunk;
			chunk = "";
		}
	}
	if (chunk !== "") yield chunk;
}

/** The report as one pretty-printed JSON text with a trailing newline. */
export function toJson(report: Report, options: JsonOptions = {}): string {
	return [...jsonChunks(report, options)].join("");
}

/** The report@2 form as plain data: what {@link toJson} writes, parsed back. */
export function toReportJson(report: Report): ReportJson {
	const fixes = fixTable(report);
	const { sites, rejected, ...head } = report;
	return {
		...head,
		fixes: [...fixes.keys()],
		sites: sites.map(({ cookies, ...site }) => ({
			...site,
			cookies: cookies.map((c) => cookieJson(c, fixes)),
		})),
		rejected,
	};
}
