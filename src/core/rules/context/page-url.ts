/**
 * Page URLs as the rules need them: scheme and host. Parsed with a regular expression over the
 * WHATWG URL shape because core may not rely on the `URL` global of browsers and Node.
 */
import { normalizeHost } from "../../site/host.ts";

/** A page URL with its scheme and normalised host. */
export interface PageUrl {
	url: string;
	scheme: string;
	host: string;
}

const URL_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i;

/** Scheme and lower-case host of an absolute URL; undefined for anything else. */
export function parsePageUrl(url: string): PageUrl | undefined {
	const m = URL_SHAPE.exec(url.trim());
	if (!m?.[1] || m[2] === undefined) return undefined;
	return { url, scheme: m[1].toLowerCase(), host: normalizeHost(m[2]) };
}

/**
 * Hosts a browser treats as potentially trustworthy without TLS (Secure Contexts §3.1;
 * RFC 6761 §6.3 for `.localhost`; RFC 6265bis §5.7 lets them set Secure cookies over http).
 */
export function isLocalHost(host: string): boolean {
	const h = normalizeHost(host);
	return h === "localhost" || h.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "::1";
}
