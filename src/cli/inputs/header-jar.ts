/**
 * One cookie jar for a whole CLI run: headers are applied in order with browser semantics (replace,
 * delete on expiry), cookies are sent back on later requests, and refused headers are kept for the report.
 */

import type { AuditSubject } from "../../core/audit-input.ts";
import { browserVerdicts } from "../../core/jar/browser-verdicts.ts";
import { createCookieJar, type RejectReason } from "../../core/jar/cookie-jar.ts";
import { nameFromHeader, reject } from "../../core/jar/reject-reason.ts";
import type { RejectedCookie } from "../../core/report.ts";
import { siteOf } from "../../core/site/site-key.ts";
import type { Browser } from "../args/cli-options.ts";
import { CliError } from "../cli-error.ts";
import type { HeaderEvent } from "./header-event.ts";
import { MAX_SET_COOKIES } from "./input-limits.ts";

export interface HeaderJar {
	apply(event: HeaderEvent): void;
	/** Records a header the browsers would refuse for a reason outside the header itself (its response). */
	refuse(event: HeaderEvent, reason: RejectReason, why: string): void;
	/** The Cookie request header a browser would send to this URL; "" when none. */
	cookieHeader(url: string): string;
	subjects(): AuditSubject[];
	readonly rejected: readonly RejectedCookie[];
	/** How many cookies each site lost to the browsers' per-site limit (core/jar/site-limit.ts). */
	readonly evicted: ReadonlyMap<string, number>;
}

/**
 * `now` is epoch seconds: the audit clock, fixed for the whole run. A header is applied at its own time
 * when it has one (Max-Age counts from there, a past Expires deletes), and the jar is read as of `now`.
 */
export function createHeaderJar(browser: Browser, now: number, maxHeaders = MAX_SET_COOKIES): HeaderJar {
	const jar = createCookieJar({ profile: browser });
	const rejected: RejectedCookie[] = [];
	// Counts, not the cookies: an input of 100,000 cookies for one site must not keep them all.
	const evicted = new Map<string, number>();
	let applied = 0;
	// Bounds memory (every refused header is kept for the report) and time on a hostile input.
	function count(): void {
		if (++applied > maxHeaders) {
			throw new CliError(`more than ${maxHeaders.toLocaleString("en-US")} Set-Cookie headers in one run`);
		}
	}
	return {
		apply({ setCookie, url, at }) {
			count();
			const result = jar.setCookie(setCookie, url, at ?? now);
			if (result.status === "rejected") {
				const entry: RejectedCookie = { setCookie, url, reason: result.reason, message: result.message };
				// Where the other browser would store it (docs/design.md, "Version 2"; SARIF reports it).
				const browsers = browserVerdicts(setCookie, url, at ?? now);
				if (browsers) entry.browsers = browsers;
				rejected.push(entry);
			} else if (result.status === "stored" && result.evicted) {
				for (const cookie of result.evicted) {
					const site = siteOf(cookie.domain);
					evicted.set(site, (evicted.get(site) ?? 0) + 1);
				}
			}
		},
		refuse({ setCookie, url }, reason, why) {
			count();
			rejected.push({ setCookie, url, ...reject(reason, nameFromHeader(setCookie), why) });
		},
		cookieHeader: (url) =>
			jar
				.cookiesFor(url, now)
				// A nameless cookie is sent as its bare value (RFC 6265bis §5.8.3 step 4.1).
				.map((c) => (c.name === "" ? c.value : `${c.name}=${c.value}`))
				.join("; "),
		subjects: () => jar.subjects(now),
		rejected,
		evicted,
	};
}
