/**
 * What to change so the browser stores a refused Set-Cookie, per reason (docs/design.md, "Header input
 * only"; the requirements are RFC 6265bis draft-ietf-httpbis-rfc6265bis-20 §5.6-§5.7 and, for
 * Partitioned, draft-cutler-httpbis-partitioned-cookies §2.1).
 */
import type { RejectReason } from "./reject-reason.ts";

const FIXES: Readonly<Record<RejectReason, string>> = {
	syntax: 'Send the cookie as name=value followed by its attributes, each after "; " (RFC 6265bis §4.1).',
	"too-large":
		"Keep name and value under 4096 bytes together and each attribute value under 1024 bytes: keep large data on the server and only its id in the cookie.",
	"invalid-characters":
		"Remove control characters (CR, LF, NUL, DEL …) from the name, value and attributes; encode the value (base64url or percent-encoding).",
	"secure-from-insecure-origin":
		"Serve the response over https: only a secure origin may set a Secure cookie (or drop Secure for local http development only).",
	"samesite-none-insecure":
		"Add Secure, which means serving the site over https: SameSite=None is accepted only on Secure cookies.",
	"prefix-violation":
		"__Host- needs Secure, Path=/ and no Domain; __Secure- needs Secure: add what is missing, or drop the prefix.",
	"partitioned-insecure": "Add Secure: a Partitioned (CHIPS) cookie must be Secure.",
	"domain-mismatch":
		"Set Domain to the response's host or one of its parent domains, or leave Domain out for a host-only cookie.",
	"public-suffix-domain":
		"Domain cannot be a public suffix (such as co.uk or github.io): use the site's own registrable domain, or leave Domain out.",
};

/** The fix of a refusal; undefined for a reason this version does not know (a newer report). */
export function rejectFix(reason: string): string | undefined {
	return Object.hasOwn(FIXES, reason) ? FIXES[reason as RejectReason] : undefined;
}
