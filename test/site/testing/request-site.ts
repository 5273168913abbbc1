import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { TLSSocket } from "node:tls";
import type { FixtureSite, Scheme } from "../fixture-site.ts";

export interface SiteRequest {
	host?: string;
	path: string;
	scheme?: Scheme;
	method?: string;
	cookie?: string;
	form?: Record<string, string>;
	/** A JSON body, sent as application/json. */
	json?: unknown;
}

export interface SiteResponse {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
	/** The server's certificate (https only). */
	peerCertificate?: ReturnType<TLSSocket["getPeerCertificate"]>;
}

/**
 * Addresses a fake host on loopback the way a browser with host-resolver rules would: connect to
 * 127.0.0.1, send the fake name in Host and as TLS server name. Node's fetch cannot skip certificate
 * checks without undici's Agent, which is not installed.
 */
export function requestSite(site: FixtureSite, req: SiteRequest): Promise<SiteResponse> {
	const scheme = req.scheme ?? "https";
	const host = req.host ?? "app.example.test";
	const port = scheme === "https" ? site.httpsPort : site.httpPort;
	const headers: Record<string, string> = { Host: `${host}:${port}` };
	if (req.cookie !== undefined) headers.Cookie = req.cookie;
	let body: string | undefined;
	if (req.form !== undefined) {
		body = new URLSearchParams(req.form).toString();
		headers["Content-Type"] = "application/x-www-form-urlencoded";
	} else if (req.json !== undefined) {
		body = JSON.stringify(req.json);
		headers["Content-Type"] = "application/json";
	}
	const options = {
		host: "127.0.0.1",
		port,
		path: req.path,
		method: req.method ?? "GET",
		headers,
		agent: false,
	};
	return new Promise((resolve, reject) => {
		const onResponse = (res: IncomingMessage) => {
			// Read now: the socket is gone once the response has ended.
			const certificate = scheme === "https" ? (res.socket as TLSSocket).getPeerCertificate() : undefined;
			const chunks: Buffer[] = [];
			res.on("data", (chunk: Buffer) => chunks.push(chunk));
			res.on("error", reject);
			res.on("end", () => {
				resolve({
					status: res.statusCode ?? 0,
					headers: res.headers,
					body: Buffer.concat(chunks).toString("utf8"),
					...(certificate === undefined ? {} : { peerCertificate: certificate }),
				});
			});
		};
		const outgoing =
			scheme === "https"
				? httpsRequest({ ...options, servername: host, rejectUnauthorized: false }, onResponse)
				: httpRequest(options, onResponse);
		outgoing.on("error", reject);
		outgoing.end(body);
	});
}

/** `name=value` of each Set-Cookie header, as a browser would send it back. */
export function cookieHeaderFrom(setCookies: readonly string[] | undefined): string {
	return (setCookies ?? []).map((header) => header.split(";")[0]).join("; ");
}
