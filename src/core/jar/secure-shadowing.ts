/**
 * "Leave Secure Cookies Alone" (draft-ietf-httpbis-cookie-alone, now RFC 6265bis §5.7 step 16;
 * Chromium's EXCLUDE_OVERWRITE_SECURE): an insecure origin may not set a non-Secure cookie that would
 * overwrite or shadow a Secure one with the same name. Both browsers implement it.
 */
import { bareDomain, type Cookie } from "../cookie.ts";
import { domainMatches } from "./cookie-domain.ts";
import { pathMatches } from "./cookie-path.ts";

/** True when `incoming`, set from an insecure origin, would shadow one of the `existing` Secure cookies. */
export function shadowsSecureCookie(incoming: Cookie, existing: Iterable<Cookie>): boolean {
	if (incoming.secure) return false;
	const domain = bareDomain(incoming.domain);
	for (const old of existing) {
		// Partitions are separate jars (Chromium compares within one partition key).
		if (!old.secure || old.name !== incoming.name || old.partitionKey) continue;
		const oldDomain = bareDomain(old.domain);
		const related = domainMatches(domain, oldDomain) || domainMatches(oldDomain, domain);
		if (related && pathMatches(incoming.path, old.path)) return true;
	}
	return false;
}
