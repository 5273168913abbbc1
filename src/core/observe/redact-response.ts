/**
 * An observed response as the extension may keep it in `storage.session` (docs/design.md, "Privacy"):
 * each Set-Cookie's value masked in its header and, in the cookie it stores or deletes, replaced by its
 * keyed hash, so a jar change is matched by comparing hashes (match-jar-change.ts compares values, and
 * the background hashes the changed cookie's value the same way). A refused header learns here, while
 * its raw text is at hand, whether the other browser would store it; a stored one, how the other browser
 * would store it differently.
 */
import { describeBrowserDifference } from "../jar/browser-difference.ts";
import { browserVerdicts } from "../jar/browser-verdicts.ts";
import { maskSetCookie } from "./mask-set-cookie.ts";
import type { ObservedResponse, ObservedSetCookie } from "./response-log.ts";
import type { ValueHash } from "./timeline.ts";

function redactSetCookie(setCookie: ObservedSetCookie, url: string, now: number, hash: ValueHash) {
	const { header, outcome } = setCookie;
	const masked: ObservedSetCookie = { header: maskSetCookie(header), outcome };
	if (outcome.status === "deleted") {
		masked.outcome = { ...outcome, cookie: { ...outcome.cookie, value: hash(outcome.cookie.value) } };
		return masked;
	}
	if (outcome.status === "stored") {
		const stored = { ...outcome, cookie: { ...outcome.cookie, value: hash(outcome.cookie.value) } };
		// From the masked header, so the text quotes no value ("…"); a line break inside the value is
		// masked with it, the one difference this cannot tell (browser-profiles.ts, lineBreak).
		const difference = describeBrowserDifference(masked.header, url, now);
		if (difference !== null) stored.browserDifference = difference;
		masked.outcome = stored;
		return masked;
	}
	const browsers = browserVerdicts(header, url, now);
	if (!browsers) return masked;
	masked.browsers = browsers;
	// Worded as the CLI words it (cookie-jar.ts, refusalMessage), from the masked header: no value quoted.
	const difference = describeBrowserDifference(masked.header, url, now);
	if (difference !== null)
		masked.outcome = { ...outcome, message: `${outcome.message} Browsers differ: ${difference}.` };
	return masked;
}

/** The values of the response's Set-Cookies: what the caller hashes before calling redactResponse. */
export function setCookieValues(response: ObservedResponse): string[] {
	return response.setCookies.flatMap((s) =>
		s.outcome.status === "rejected" ? [] : [s.outcome.cookie.value],
	);
}

export function redactResponse(response: ObservedResponse, hash: ValueHash): ObservedResponse {
	const now = Math.floor(response.timeMs / 1000);
	return {
		...response,
		setCookies: response.setCookies.map((s) => redactSetCookie(s, response.url, now, hash)),
	};
}
