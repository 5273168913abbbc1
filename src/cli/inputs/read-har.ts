/**
 * HAR 1.2 input (http://www.softwareishard.com/blog/har-12-spec/): every response's Set-Cookie headers,
 * in file order, each with the URL of its request. Only the fields we read are checked; HAR files carry
 * much more, which is left alone.
 */

import type { HostHsts } from "../../core/audit-input.ts";
import { type HstsHeader, parseHsts } from "../../core/observe/parse-hsts.ts";
import { hstsByHost } from "../../core/observe/set-by.ts";
import { parseHttpUrl } from "../args/parse-values.ts";
import { CliError, oneLine } from "../cli-error.ts";
import { type HarSignIn, harSignInOf, redirectTargetOf } from "./har-sign-in-request.ts";
import type { HeaderEvent } from "./header-event.ts";
import { stripBom } from "./strip-bom.ts";
import { check, checkArray, checkObject, isString, type Path } from "./value-checks.ts";

export interface HarInput {
	events: HeaderEvent[];
	/** Each entry's own Set-Cookie events, in file order, and the sign-in it is, if any. */
	entries: HarStep[];
	/** HSTS per https host, from the entries in file order (src/core/observe/set-by.ts, hstsByHost). */
	hsts: HostHsts[];
	/** Every request URL, once, in file order. */
	pageUrls: string[];
	/** When the last entry started (epoch ms): the HAR's own "now"; undefined when no entry has a time. */
	recordedAt?: number;
}

export interface HarStep {
	url: string;
	events: HeaderEvent[];
	/** startedDateTime, epoch ms. */
	startedMs?: number;
	/** The absolute URL a redirect response sends the browser to. */
	redirectTo?: string;
	signIn?: HarSignIn;
}

/** Parses a HAR file's text; a CliError names the file and the first bad field. */
export function readHar(text: string, file: string): HarInput {
	let json: unknown;
	try {
		json = JSON.parse(stripBom(text));
	} catch (error) {
		throw new CliError(`HAR file ${file} is not JSON: ${oneLine(error)}`);
	}
	try {
		const log = checkObject(checkObject(json, "the HAR file").log, "log");
		const entries = checkArray(log.entries, "log.entries", readEntry);
		// A loop, not Math.max(...times): a spread of a large HAR's times can exceed the engine's argument limit.
		let recordedAt: number | undefined;
		for (const { startedMs } of entries) {
			if (startedMs !== undefined && (recordedAt === undefined || startedMs > recordedAt))
				recordedAt = startedMs;
		}
		const steps = entries.map(stepOf);
		return {
			events: steps.flatMap((step) => step.events),
			entries: steps,
			pageUrls: [...new Set(entries.map((entry) => entry.url))],
			hsts: hstsByHost(entries.flatMap((entry) => entry.https ?? [])),
			...(recordedAt === undefined ? {} : { recordedAt }),
		};
	} catch (error) {
		throw new CliError(`HAR file ${file}: ${oneLine(error)}`);
	}
}

function stepOf(entry: HarEntry): HarStep {
	const { url, startedMs, redirectTo, signIn } = entry;
	const events = entry.setCookies.map((setCookie) =>
		startedMs === undefined ? { setCookie, url } : { setCookie, url, at: Math.floor(startedMs / 1000) },
	);
	return {
		url,
		events,
		...(startedMs === undefined ? {} : { startedMs }),
		...(redirectTo === undefined ? {} : { redirectTo }),
		...(signIn === undefined ? {} : { signIn }),
	};
}

interface HarEntry {
	url: string;
	redirectTo?: string;
	signIn?: HarSignIn;
	setCookies: string[];
	/** startedDateTime (HAR 1.2: ISO 8601), when the entry has one. */
	startedMs?: number;
	/** For an https response: its host and what its Strict-Transport-Security header says. */
	https?: { url: string; host: string; hsts: HstsHeader | null };
}

function readStarted(value: unknown, path: Path): number | undefined {
	if (value === undefined) return undefined;
	const text = check(value, path, isString, "an ISO 8601 date");
	const ms = Date.parse(text);
	if (!Number.isFinite(ms))
		throw new CliError(`${path} must be an ISO 8601 date (got ${JSON.stringify(text)})`);
	return ms;
}

function readEntry(value: unknown, path: Path): HarEntry {
	const entry = checkObject(value, path);
	const startedMs = readStarted(entry.startedDateTime, `${path}.startedDateTime`);
	const request = checkObject(entry.request, `${path}.request`);
	const rawUrl = check(request.url, `${path}.request.url`, isString, "a URL");
	const url = parseHttpUrl(rawUrl, `${path}.request.url`);
	const response = checkObject(entry.response, `${path}.response`);
	const headers = checkArray(response.headers, `${path}.response.headers`, readHeader);
	const setCookies = headers
		.filter((h) => h.name.toLowerCase() === "set-cookie")
		// Some exporters join a response's Set-Cookie headers into one value with "\n"; a header value
		// received over HTTP cannot contain a line break, so splitting restores the separate headers.
		.flatMap((h) => h.value.split(/\r?\n/))
		.filter((line) => line.trim() !== "");
	const https = httpsOf(url, headers);
	const signIn = harSignInOf(entry, url);
	const redirectTo = redirectTargetOf(entry, url);
	return {
		url,
		setCookies,
		...(redirectTo === undefined ? {} : { redirectTo }),
		...(signIn === undefined ? {} : { signIn }),
		...(startedMs === undefined ? {} : { startedMs }),
		...(https === undefined ? {} : { https }),
	};
}

/**
 * The host of an https entry and its HSTS: only the first Strict-Transport-Security header field counts
 * (RFC 6797 §8.1). `url` is already normalised (parseHttpUrl), so its host is lower case.
 */
function httpsOf(url: string, headers: readonly { name: string; value: string }[]): HarEntry["https"] {
	const host = /^https:\/\/(\[[^\]]*\]|[^/:?#]*)/.exec(url)?.[1];
	if (host === undefined) return undefined;
	const sts = headers.find((h) => h.name.toLowerCase() === "strict-transport-security");
	return { url, host: host.replace(/^\[|\]$/g, ""), hsts: parseHsts(sts?.value) };
}

function readHeader(value: unknown, path: Path): { name: string; value: string } {
	const header = checkObject(value, path);
	return {
		name: check(header.name, `${path}.name`, isString, "a string"),
		value: check(header.value, `${path}.value`, isString, "a string"),
	};
}
