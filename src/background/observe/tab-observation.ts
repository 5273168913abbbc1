/**
 * What a tab's report takes from the observation (docs/design.md, "Version 2"): who wrote each cookie
 * (AuditSubject.setBy, for set-by-script), what each https host said about HSTS (AuditInput.hsts, for
 * missing-hsts), and the refused Set-Cookie headers of the tab's sites (the report's `rejected`).
 */
import type { HostHsts, SetBy } from "../../core/audit-input.ts";
import type { CookieIdentity } from "../../core/cookie.ts";
import { rejectedOf } from "../../core/observe/observed-rejections.ts";
import { type ResponseLog, responsesOf } from "../../core/observe/response-log.ts";
import { hstsByHost, setByOf } from "../../core/observe/set-by.ts";
import type { Timeline } from "../../core/observe/timeline.ts";
import type { RejectedCookie } from "../../core/report.ts";

export interface TabObservation {
	setBy(cookie: CookieIdentity): SetBy | undefined;
	hsts: HostHsts[];
	rejected: RejectedCookie[];
}

/** `sites`: the sites of the tab's page and frames; responses of other sites are not the tab's to report. */
export function tabObservation(
	observed: { log: ResponseLog; timeline: Timeline },
	sites: readonly string[],
): TabObservation {
	const responses = sites
		.flatMap((site) => responsesOf(observed.log, site))
		.sort((a, b) => a.timeMs - b.timeMs);
	return {
		setBy: (cookie) => setByOf(observed.timeline, cookie),
		hsts: hstsByHost(responses),
		rejected: rejectedOf(responses),
	};
}
