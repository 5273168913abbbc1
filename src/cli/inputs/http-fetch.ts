/**
 * The fetch of `audit <url>`, over node:http(s) rather than Node's global fetch: undici, behind the
 * global fetch, stops at 16 KB of response headers ("Headers Overflow Error") and Node 20 offers no way
 * to raise that without the undici package. node:http takes `maxHeaderSize` per request
 * (https://nodejs.org/api/http.html#httprequesturl-options-callback). Only what fetchHops uses is
 * supported: GET, request headers, an abort signal, status and response headers; the body is discarded.
 * Set-Cookie values are also kept as received (received-set-cookies.ts).
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { MAX_RESPONSE_HEADER_BYTES } from "./input-limits.ts";
import { keepReceivedSetCookies } from "./received-set-cookies.ts";

export interface HttpFetchOptions {
	/** Extra certificate(s) to trust for https (tests: the fixture site's self-signed one). */
	ca?: string;
	/** Host name resolution (tests: everything to 127.0.0.1). */
	lookup?: LookupFunction;
}

export function createHttpFetch(options: HttpFetchOptions = {}): typeof globalThis.fetch {
	const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
		new Promise((resolve, reject) => {
			const url = new URL(String(input));
			const request = url.protocol === "https:" ? httpsRequest : httpRequest;
			const req = request(
				url,
				{
					headers: Object.fromEntries(new Headers(init?.headers)),
					maxHeaderSize: MAX_RESPONSE_HEADER_BYTES,
					// llhttp's strict mode fails the whole response on a control character (NUL, ESC …) in
					// any header value, where a browser reads the response and judges the cookie
					// (docs/browser-quirks.md, "Set-Cookie parsing differs in edge cases"). Nothing read here
					// is forwarded anywhere, so the lenient parser costs no safety.
					insecureHTTPParser: true,
					...(options.ca === undefined ? {} : { ca: options.ca }),
					...(options.lookup === undefined ? {} : { lookup: options.lookup }),
					...(init?.signal ? { signal: init.signal } : {}),
				},
				(res) => {
					res.resume();
					res.on("error", () => undefined);
					const response = new Response(null, { status: statusOf(res), headers: headersOf(res) });
					keepReceivedSetCookies(response, res);
					resolve(response);
				},
			);
			req.on("error", (error) => {
				// An aborted request rejects with the signal's reason, as fetch does (a TimeoutError).
				reject(init?.signal?.aborted ? (init.signal.reason ?? error) : error);
			});
			req.end();
		});
	return fetch as typeof globalThis.fetch;
}

/** Response accepts 200–599 only; anything else a server sends is kept as close as it allows. */
function statusOf(res: IncomingMessage): number {
	const status = res.statusCode ?? 0;
	return status >= 200 && status <= 599 ? status : 599;
}

/**
 * Every response header in order. A header Headers refuses (a byte it does not allow) is left out: the
 * rest of the response is still audited, and every Set-Cookie reaches the jar (received-set-cookies.ts).
 */
function headersOf(res: IncomingMessage): Headers {
	const headers = new Headers();
	for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
		try {
			headers.append(res.rawHeaders[i] ?? "", res.rawHeaders[i + 1] ?? "");
		} catch {
			// left out, see above
		}
	}
	return headers;
}
