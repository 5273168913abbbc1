/** The CookieReport of the report contract (src/core/report.ts) for one audited cookie. */
import type { Cookie } from "../cookie.ts";
import type { CookieReport, Finding, KnownAsReport } from "../report.ts";
import type { RoleVerdict } from "../roles/classify-role.ts";

/**
 * Maps a cookie, its role, findings and what known-cookie data says of it to the contract shape; the
 * value only when asked for.
 */
export function toCookieReport(
	cookie: Cookie,
	verdict: RoleVerdict,
	findings: Finding[],
	includeValues: boolean,
	knownAs?: KnownAsReport,
): CookieReport {
	// Built in one literal when no optional field is present (nearly every cookie): the spreads below
	// allocate a throw-away object each, per cookie (`npm run bench`). Key order is the same either way.
	if (!includeValues && cookie.storeId === undefined && cookie.firstPartyDomain === undefined) {
		const report: CookieReport = {
			name: cookie.name,
			domain: cookie.domain,
			hostOnly: cookie.hostOnly,
			path: cookie.path,
			secure: cookie.secure,
			httpOnly: cookie.httpOnly,
			sameSite: cookie.sameSite,
			expires: cookie.expirationDate ?? null,
			partitionKey: cookie.partitionKey ? { topLevelSite: cookie.partitionKey.topLevelSite } : null,
			role: verdict.role,
			roleReason: verdict.reason,
			roleConfidence: verdict.confidence,
			findings,
		};
		// Set after the literal, not spread into it: most cookies have no entry (see above).
		if (knownAs) report.knownAs = knownAs;
		return report;
	}
	return withOptionalFields(cookie, verdict, findings, includeValues, knownAs);
}

function withOptionalFields(
	cookie: Cookie,
	verdict: RoleVerdict,
	findings: Finding[],
	includeValues: boolean,
	knownAs: KnownAsReport | undefined,
): CookieReport {
	return {
		name: cookie.name,
		...(includeValues ? { value: cookie.value } : {}),
		domain: cookie.domain,
		hostOnly: cookie.hostOnly,
		path: cookie.path,
		secure: cookie.secure,
		httpOnly: cookie.httpOnly,
		sameSite: cookie.sameSite,
		expires: cookie.expirationDate ?? null,
		partitionKey: cookie.partitionKey ? { topLevelSite: cookie.partitionKey.topLevelSite } : null,
		...(cookie.storeId === undefined ? {} : { storeId: cookie.storeId }),
		...(cookie.firstPartyDomain === undefined ? {} : { firstPartyDomain: cookie.firstPartyDomain }),
		role: verdict.role,
		roleReason: verdict.reason,
		roleConfidence: verdict.confidence,
		...(knownAs ? { knownAs } : {}),
		findings,
	};
}
