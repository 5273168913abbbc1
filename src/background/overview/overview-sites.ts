/** One overview row per site and store, from the store's audit and the first-seen times of its cookies. */
import { identityKey } from "../../core/cookie.ts";
import { severityRank } from "../../core/severity.ts";
import type { OverviewSite } from "../../messaging/overview-types.ts";
import type { StoreAudit } from "./all-cookies.ts";

function minOrNull(values: number[]): number | null {
	return values.length === 0 ? null : Math.min(...values);
}

export function overviewSites(audit: StoreAudit, firstSeen: ReadonlyMap<string, number>): OverviewSite[] {
	const seenOf = new Map(audit.cookies.map((c) => [c.report, firstSeen.get(identityKey(c.cookie))]));
	return audit.sites.map((site) => {
		const sessions = site.cookies.filter((c) => c.role === "session");
		let worst: OverviewSite["worst"] = null;
		for (const cookie of site.cookies) {
			// Findings are sorted worst first within a cookie.
			const f = cookie.findings[0];
			if (f && (!worst || severityRank(f.severity) > severityRank(worst.severity))) {
				worst = { rule: f.rule, severity: f.severity, cookie: cookie.name, message: f.message };
			}
		}
		return {
			site: site.site,
			storeId: audit.storeId,
			grade: site.grade,
			score: site.score,
			cookieCount: site.cookies.length,
			sessionCount: sessions.length,
			worst,
			oldestSessionSince: minOrNull(sessions.flatMap((c) => seenOf.get(c) ?? [])),
			firstSessionExpiry: minOrNull(sessions.flatMap((c) => (c.expires === null ? [] : [c.expires]))),
		};
	});
}
