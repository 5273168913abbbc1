/**
 * The path of an absolute URL as written, without query or fragment; "/" when it has none. No URL
 * parsing: a timeline names what the response's URL said, and a URL the parser would refuse still has
 * one (RFC 3986 §3: scheme "://" authority, then the path up to "?" or "#").
 */
export const urlPath = (url: string): string =>
	/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(url)?.[1] ?? "/";
