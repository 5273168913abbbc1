/**
 * What a tab's report takes from the observation (docs/design.md, "Version 2"): who wrote each cookie
 * (AuditSubject.setBy, for set-by-script) and, for a server's write, the raw SameSite of its header
 * (AuditSubject.header, for samesite-invalid), what each https host said about HSTS (AuditInput.hsts, for
 * missing-hsts), the refused Set-Cookie headers of the tab's sites (the report's `rejected`), and what
 * the last sign-in did to each cookie (AuditSubject.signIn, for session-fixation), and the sign-out
 * tests that found a session still accepted (AuditSubject.signOut, for logout-not-revoked).
 */
import type { AuditSubject, HostHsts, SignOutFact } from "../../core/audit-input.ts";
import { type Cookie, identityKey } from "../../core/cookie.ts";
import { observedHeaderOf } from "../../core/observe/observed-header.ts";
import { rejectedOf } from "../../core/observe/observed-rejections.ts";
import { type ResponseLog, responsesOf } from "../../core/observe/response-log.ts";
import { hstsByHost, setByOf } from "../../core/observe/set-by.ts";
import type { Timeline } from "../../core/observe/timeline.ts";
import type { RejectedCookie } from "../../core/report.ts";
import { type SignInRecord, signInFacts } from "../../core/sign-in/sign-in-record.ts";

export interface TabObservation {
	/** The cookie as the audit takes it: who wrote it and, for a server's write, its observed header. */
	subject(cookie: Cookie): AuditSubject;
	hsts: HostHsts[];
	rejected: RejectedCookie[];
}

/** `sites`: the sites of the tab's page and frames; responses of other sites are not the tab's to report. */
export function tabObservation(
	observed: { log: ResponseLog; timeline: Timeline; signIns: readonly SignInRecord[] },
	sites: readonly string[],
	signOuts: ReadonlyMap<string, SignOutFact> = new Map(),
): TabObservation {
	const facts = signInFacts(observed.signIns.filter((r) => sites.includes(r.site)));
	const responses = sites
		.flatMap((site) => responsesOf(observed.log, site))
		.sort((a, b) => a.timeMs - b.timeMs);
	return {
		subject(cookie) {
			const key = facts.size === 0 && signOuts.size === 0 ? "" : identityKey(cookie);
			const signIn = facts.get(key);
			const signOut = signOuts.get(key);
			const setBy = setByOf(observed.timeline, cookie);
			const subject: AuditSubject = { cookie };
			if (signIn) subject.signIn = signIn;
			if (signOut) subject.signOut = signOut;
			if (!setBy) return subject;
			subject.setBy = setBy;
			const header = setBy.writer === "server" ? observedHeaderOf(responses, cookie) : undefined;
			if (header) subject.header = header;
			return subject;
		},
		hsts: hstsByHost(responses),
		rejected: rejectedOf(responses),
	};
}
