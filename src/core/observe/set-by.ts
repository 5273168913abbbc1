/** The audit facts the observation yields (docs/design.md, "Version 2"): who wrote a cookie, HSTS per host. */
import type { HostHsts, SetBy } from "../audit-input.ts";
import type { CookieIdentity } from "../cookie.ts";
import { isHstsOn } from "./parse-hsts.ts";
import type { ObservedResponse } from "./response-log.ts";
import { eventsOf, type Timeline } from "./timeline.ts";

/**
 * Who wrote the cookie's current value, from its last kept write; undefined when the timeline has no
 * write of it (nobody watched), its writer is unseen, or its last event is a removal.
 */
export function setByOf(timeline: Timeline, cookie: CookieIdentity): SetBy | undefined {
	const events = eventsOf(timeline, cookie);
	const last = events.at(-1);
	if (last === undefined || last.kind === "removed" || last.by === "browser" || last.by === "unseen")
		return undefined;
	if (last.by !== "script") return { writer: "server", serverIssuedValue: true };
	const issued = events.some((e) => typeof e.by === "object" && e.valueHash === last.valueHash);
	return { writer: "script", serverIssuedValue: issued };
}

/**
 * HSTS per host from responses in the order they arrived (RFC 6797 §8.1): only https responses list a
 * host (the log records no HSTS over http), a response without a valid header leaves the host's policy
 * as it was, and the last valid header decides.
 */
export function hstsByHost(responses: Iterable<Pick<ObservedResponse, "url" | "host" | "hsts">>): HostHsts[] {
	const hosts = new Map<string, HostHsts>();
	for (const response of responses) {
		if (!response.url.startsWith("https:")) continue;
		const known = hosts.get(response.host) ?? { host: response.host, hsts: false, includeSubDomains: false };
		if (response.hsts !== null) {
			known.hsts = isHstsOn(response.hsts);
			known.includeSubDomains = known.hsts && response.hsts.includeSubDomains;
		}
		hosts.set(response.host, known);
	}
	return [...hosts.values()];
}
