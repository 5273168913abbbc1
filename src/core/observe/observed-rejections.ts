/**
 * The `rejected` entries of a tab's report from its observed responses (docs/design.md, "Version 2"):
 * one per refused header, URL and reason, the latest response that sent it telling when; a page
 * reloaded ten times lists its refused cookie once.
 */
import type { RejectedCookie } from "../report.ts";
import type { ObservedResponse } from "./response-log.ts";

export function rejectedOf(responses: Iterable<ObservedResponse>): RejectedCookie[] {
	const byKey = new Map<string, RejectedCookie>();
	for (const response of responses) {
		for (const { header, outcome, browsers } of response.setCookies) {
			if (outcome.status !== "rejected") continue;
			const entry: RejectedCookie = {
				setCookie: header,
				url: response.url,
				reason: outcome.reason,
				message: outcome.message,
				response: {
					method: response.method,
					url: response.url,
					status: response.status,
					time: new Date(response.timeMs).toISOString(),
				},
			};
			if (browsers) entry.browsers = browsers;
			const key = `${header}\u0000${response.url}\u0000${outcome.reason}`;
			byKey.delete(key);
			byKey.set(key, entry);
		}
	}
	return [...byKey.values()];
}
