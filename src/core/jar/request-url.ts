/**
 * The parts of a response URL that the storage model needs (RFC 6265bis §5.7): canonical host, path
 * and whether the origin counts as secure. Uses the WHATWG URL parser, the one browsers use, so hosts
 * are canonicalized (lower case, IDNA, IPv4 forms) exactly as they would be.
 */
import { normalizeHost, siteOf } from "../site/site-key.ts";

/** A response URL reduced to what the storage and retrieval models read. */
export interface RequestUrl {
	readonly scheme: "http" | "https";
	/** Canonical host: lower case, no brackets around IPv6, no trailing dot. */
	readonly host: string;
	/** The URL path, always starting with "/". */
	readonly path: string;
	/** Whether Secure cookies may be set from and sent to this origin. */
	readonly secure: boolean;
}

const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * Loopback hosts are potentially trustworthy (W3C Secure Contexts §3.2), so both browsers accept
 * Secure cookies from them over plain http (MDN Set-Cookie, "Secure": Firefox 75+, Chromium 89+).
 */
export function isLoopbackHost(host: string): boolean {
	const h = normalizeHost(host);
	return h === "localhost" || h.endsWith(".localhost") || IPV4_LOOPBACK.test(h) || h === "::1";
}

function tryParse(url: string): URL | null {
	try {
		return new URL(url);
	} catch {
		return null;
	}
}

/** The last URL parsed and its result: a response's Set-Cookie headers all come from one URL. */
let last: { url: string; request: RequestUrl | null } = { url: "", request: null };

/** Parses a response URL; null when it is not an absolute http(s) URL with a host. Read-only result. */
export function parseRequestUrl(url: string): RequestUrl | null {
	if (url === last.url) return last.request;
	const request = computeRequestUrl(url);
	last = { url, request };
	return request;
}

function computeRequestUrl(url: string): RequestUrl | null {
	const parsed = tryParse(url);
	if (parsed === null) return null;
	const scheme = parsed.protocol === "https:" ? "https" : parsed.protocol === "http:" ? "http" : null;
	const host = normalizeHost(parsed.hostname);
	if (scheme === null || host === "") return null;
	const path = parsed.pathname.startsWith("/") ? parsed.pathname : "/";
	return { scheme, host, path, secure: scheme === "https" || isLoopbackHost(host) };
}

/**
 * The CHIPS partition key's top-level site as the cookies API reports it: the schemeful site of the
 * top-level page (scheme included, no port). A header input is a top-level response, so that is its own URL.
 */
export function topLevelSiteOf(request: RequestUrl): string {
	const site = siteOf(request.host);
	return `${request.scheme}://${site.includes(":") ? `[${site}]` : site}`;
}
