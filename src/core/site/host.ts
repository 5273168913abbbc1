/**
 * Host names as the cookie rules compare them. Kept apart from site-key.ts so that code needing only
 * these (the rules, and through them the popup's rule explanations) does not pull in the Public Suffix
 * List of tldts.
 */
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** What normalizeHost changes: an upper-case ASCII letter (or any non-ASCII, which toLowerCase may
 * change), a bracket, a trailing dot. */
const NEEDS_NORMALIZING = /[A-Z[\]\u0080-\uffff]|\.$/;

/** Lower-case host without brackets and trailing dot. */
export function normalizeHost(host: string): string {
	// Nearly every host is already canonical: one test instead of three rewrites.
	if (!NEEDS_NORMALIZING.test(host)) return host;
	return host
		.toLowerCase()
		.replace(/^\[|\]$/g, "")
		.replace(/\.$/, "");
}

export function isIpHost(host: string): boolean {
	const h = normalizeHost(host);
	return IPV4.test(h) || h.includes(":");
}
