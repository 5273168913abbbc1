/**
 * The Strict-Transport-Security header field as a user agent reads it (RFC 6797 §6.1): directives
 * separated by ";", names case-insensitive, `max-age` required (delta-seconds, optionally quoted),
 * `includeSubDomains` optional and valueless, unknown directives ignored, and a header that repeats a
 * directive or breaks the syntax ignored as a whole (§6.1, §8.1).
 */

/** A valid STS header: `maxAge` 0 means the host stops being a Known HSTS Host (§6.1.1). */
export interface HstsHeader {
	maxAge: number;
	includeSubDomains: boolean;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const DIGITS = /^[0-9]+$/;

function unquote(value: string): string | null {
	if (!value.startsWith('"')) return TOKEN.test(value) ? value : null;
	if (value.length < 2 || !value.endsWith('"')) return null;
	return value.slice(1, -1).replace(/\\(.)/g, "$1");
}

/** The policy a valid header states; null when it is absent or invalid (then the UA ignores it). */
export function parseHsts(header: string | undefined): HstsHeader | null {
	if (header === undefined) return null;
	const seen = new Set<string>();
	let maxAge: number | undefined;
	let includeSubDomains = false;
	for (const raw of header.split(";")) {
		const directive = raw.trim();
		if (directive === "") continue;
		const eq = directive.indexOf("=");
		const name = (eq === -1 ? directive : directive.slice(0, eq)).trim().toLowerCase();
		if (!TOKEN.test(name) || seen.has(name)) return null;
		seen.add(name);
		const value = eq === -1 ? null : unquote(directive.slice(eq + 1).trim());
		if (eq !== -1 && value === null) return null;
		if (name === "max-age") {
			if (value === null || !DIGITS.test(value)) return null;
			maxAge = Number(value);
		} else if (name === "includesubdomains") {
			if (value !== null) return null;
			includeSubDomains = true;
		}
	}
	return maxAge === undefined ? null : { maxAge, includeSubDomains };
}

/** A header that makes (or keeps) the host a Known HSTS Host: valid, with max-age above 0. */
export function isHstsOn(header: HstsHeader | null): header is HstsHeader {
	return header !== null && header.maxAge > 0;
}
