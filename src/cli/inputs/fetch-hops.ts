/**
 * `audit <url>`: fetches a URL and follows its redirects by hand (`redirect: "manual"`), so that every
 * hop's Set-Cookie headers are applied from that hop's own URL, as a browser would, and the cookies
 * stored so far are sent on the next hop.
 */

import { type HstsHeader, parseHsts } from "../../core/observe/parse-hsts.ts";
import { parseHttpUrl } from "../args/parse-values.ts";
import { CliError } from "../cli-error.ts";
import { describeFetchError } from "./fetch-errors.ts";
import type { HeaderJar } from "./header-jar.ts";
import { receivedSetCookies } from "./received-set-cookies.ts";

/** Browsers stop at 20 (Chromium, Firefox); 10 is plenty for a login flow and fails a loop sooner. */
export const MAX_REDIRECTS = 10;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface FetchOptions {
	fetch: typeof globalThis.fetch;
	timeoutMs: number;
	/** Told each https hop's host and Strict-Transport-Security header (src/core/observe/set-by.ts, hstsByHost). */
	onHttps?: (response: HttpsHop) => void;
	/** Told each hop's status, Date header and Set-Cookie values (`sample` dates and picks its cookie). */
	onResponse?: (hop: ResponseHop) => void;
}

export interface ResponseHop {
	url: string;
	status: number;
	date: string | null;
	setCookies: readonly string[];
}

export interface HttpsHop {
	url: string;
	host: string;
	hsts: HstsHeader | null;
}

/** Every URL fetched, the start URL first; a CliError on a network failure or a redirect loop. */
export async function fetchHops(start: string, jar: HeaderJar, options: FetchOptions): Promise<string[]> {
	const visited: string[] = [];
	let url = start;
	for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
		visited.push(url);
		const response = await fetchOnce(url, jar.cookieHeader(url), options);
		const { values, refusedResponse } = receivedSetCookies(response);
		for (const setCookie of values) {
			if (refusedResponse) jar.refuse({ setCookie, url }, refusedResponse.reason, refusedResponse.why);
			else jar.apply({ setCookie, url });
		}
		if (options.onHttps && url.startsWith("https:")) options.onHttps(httpsHop(url, response));
		options.onResponse?.({
			url,
			status: response.status,
			date: response.headers.get("date"),
			setCookies: values,
		});
		// The body is not needed; cancelling it frees the connection at once.
		await response.body?.cancel().catch(() => undefined);
		const location = response.headers.get("location");
		if (!REDIRECT_STATUSES.has(response.status) || location === null) return visited;
		url = nextUrl(location, url);
	}
	throw new CliError(`more than ${MAX_REDIRECTS} redirects from ${start} (last: ${url})`);
}

/**
 * Only the first Strict-Transport-Security field counts (RFC 6797 §8.1); Headers#get joins repeated fields
 * with ", ", and a comma never occurs in a valid field's directives outside a quoted string.
 */
function httpsHop(url: string, response: Response): HttpsHop {
	const sts = response.headers.get("strict-transport-security")?.split(",")[0];
	return { url, host: new URL(url).hostname, hsts: parseHsts(sts) };
}

async function fetchOnce(url: string, cookie: string, options: FetchOptions): Promise<Response> {
	try {
		return await options.fetch(url, {
			redirect: "manual",
			signal: AbortSignal.timeout(options.timeoutMs),
			headers: cookie === "" ? {} : { cookie },
		});
	} catch (error) {
		throw describeFetchError(error, url, options.timeoutMs);
	}
}

function nextUrl(location: string, from: string): string {
	let target: string;
	try {
		target = new URL(location, from).href;
	} catch {
		throw new CliError(`${from} redirects to an invalid Location "${location}"`);
	}
	return parseHttpUrl(target, `the redirect from ${from} to`);
}
