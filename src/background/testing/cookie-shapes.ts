/**
 * The round-trip matrix: host-only/domain × Secure × HttpOnly × each SameSite × session/persistent
 * × partitioned, less the shapes no browser stores (SameSite=None or Partitioned without Secure).
 */
import type { Cookie, SameSite } from "../../core/cookie.ts";
import type { CookieReport } from "../../core/report.ts";

const SAME_SITES: readonly SameSite[] = ["strict", "lax", "none", "unspecified"];
const BOOLS = [false, true] as const;

export function cookieShapes(now: number): Cookie[] {
	const shapes: Cookie[] = [];
	for (const hostOnly of BOOLS)
		for (const secure of BOOLS)
			for (const httpOnly of BOOLS)
				for (const sameSite of SAME_SITES)
					for (const persistent of BOOLS)
						for (const partitioned of BOOLS) {
							if (!secure && (sameSite === "none" || partitioned)) continue;
							shapes.push({
								name: `m${shapes.length}_${hostOnly ? "host" : "domain"}_${secure ? "s" : "ns"}_${httpOnly ? "h" : "nh"}_${sameSite}_${persistent ? "p" : "sess"}${partitioned ? "_part" : ""}`,
								value: `value-${shapes.length}-x9Kq`,
								domain: hostOnly ? "app.example.test" : ".example.test",
								hostOnly,
								path: "/",
								secure,
								httpOnly,
								sameSite,
								session: !persistent,
								...(persistent ? { expirationDate: now + 86_400 } : {}),
								partitionKey: partitioned ? { topLevelSite: "https://thirdparty.test" } : null,
							});
						}
	return shapes;
}

/** A jar cookie as getTabReport would report it (role and findings do not matter to actions). */
export function reportOf(c: Cookie): CookieReport {
	return {
		name: c.name,
		domain: c.domain,
		hostOnly: c.hostOnly,
		path: c.path,
		secure: c.secure,
		httpOnly: c.httpOnly,
		sameSite: c.sameSite,
		expires: c.expirationDate ?? null,
		partitionKey: c.partitionKey ?? null,
		...(c.storeId === undefined ? {} : { storeId: c.storeId }),
		...(c.firstPartyDomain === undefined ? {} : { firstPartyDomain: c.firstPartyDomain }),
		roleConfidence: "known",
		role: "other",
		roleReason: "",
		findings: [],
	};
}
