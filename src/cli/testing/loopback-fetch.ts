/**
 * A minimal fetch over node:http(s) that resolves every host name to 127.0.0.1, so `audit <url>` can
 * reach the fixture site's fake hosts (app.example.test …) by name: Node's own fetch ignores a Host
 * header and has no resolver hook without the undici package. Only what fetchHops uses is supported.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";

const toLoopback = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
	if (options.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
	else callback(null, "127.0.0.1", 4);
}) as unknown as LookupFunction;

/** `ca`: the certificate to trust for https (the fixture site's self-signed one). */
export function createLoopbackFetch(ca: string): typeof globalThis.fetch {
	const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
		new Promise((resolve, reject) => {
			const url = new URL(String(input));
			const request = url.protocol === "https:" ? httpsRequest : httpRequest;
			const headers = Object.fromEntries(new Headers(init?.headers));
			const options = { headers, lookup: toLoopback, ca, ...(init?.signal ? { signal: init.signal } : {}) };
			const req = request(url, options, (res) => {
				res.resume();
				resolve(new Response(null, { status: res.statusCode ?? 500, headers: headersOf(res) }));
			});
			req.on("error", reject);
			req.end();
		});
	return fetch as typeof globalThis.fetch;
}

function headersOf(res: IncomingMessage): Headers {
	const headers = new Headers();
	for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
		headers.append(res.rawHeaders[i] ?? "", res.rawHeaders[i + 1] ?? "");
	}
	return headers;
}
