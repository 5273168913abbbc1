/**
 * The header a server-set cookie came from, as the audit's HeaderOrigin (audit-input.ts), from observed
 * responses: the last stored Set-Cookie of the cookie's name, domain, host-only flag and path. What it
 * gives the rules is the raw SameSite attribute (`samesite-invalid`: a value the browser ignored, which
 * the jar cannot show) and how the other browser would store it (`browser-inconsistent`); the header is
 * the masked one the observation keeps (redact-response.ts).
 */
import type { HeaderOrigin } from "../audit-input.ts";
import type { CookieIdentity } from "../cookie.ts";
import type { ObservedResponse } from "./response-log.ts";

/** `responses` oldest first; undefined when none of them stored this cookie. */
export function observedHeaderOf(
	responses: readonly ObservedResponse[],
	cookie: CookieIdentity,
): HeaderOrigin | undefined {
	for (let i = responses.length - 1; i >= 0; i--) {
		const response = responses[i];
		if (response === undefined) continue;
		for (let j = response.setCookies.length - 1; j >= 0; j--) {
			const setCookie = response.setCookies[j];
			const outcome = setCookie?.outcome;
			if (setCookie === undefined || outcome?.status !== "stored") continue;
			const c = outcome.cookie;
			if (c.name !== cookie.name || c.domain !== cookie.domain || c.hostOnly !== cookie.hostOnly) continue;
			if (c.path !== cookie.path) continue;
			const origin: HeaderOrigin = { setCookie: setCookie.header, url: response.url };
			if (outcome.sameSiteAttribute !== undefined) origin.sameSiteAttribute = outcome.sameSiteAttribute;
			if (outcome.browserDifference !== undefined) origin.browserDifference = outcome.browserDifference;
			return origin;
		}
	}
	return undefined;
}
