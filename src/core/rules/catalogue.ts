/**
 * The rule catalogue (design.md, "Rules"): every rule, in report order. Ids are a public contract
 * (reports, SARIF, ignore lists, the CLI): add rules, never rename them.
 */
import { broadDomain } from "./broad-domain.ts";
import { browserInconsistent } from "./browser-inconsistent.ts";
import { defaultSessionName } from "./default-session-name.ts";
import { duplicateSessionCookie } from "./duplicate-session-cookie.ts";
import { insecureOrigin } from "./insecure-origin.ts";
import { jwtNoExpiry } from "./jwt-no-expiry.ts";
import { jwtUnsigned } from "./jwt-unsigned.ts";
import { longLifetime } from "./long-lifetime.ts";
import { missingHttponly } from "./missing-httponly.ts";
import { missingSecure } from "./missing-secure.ts";
import { oversized } from "./oversized.ts";
import { persistentSession } from "./persistent-session.ts";
import { prefixMissing } from "./prefix-missing.ts";
import type { Rule } from "./rule.ts";
import { samesiteInvalid } from "./samesite-invalid.ts";
import { samesiteMissing } from "./samesite-missing.ts";
import { samesiteNone } from "./samesite-none.ts";
import { sessionInUrl } from "./session-in-url.ts";
import { tokenContainsData } from "./token-contains-data.ts";
import { weakToken } from "./weak-token.ts";

export const RULES: readonly Rule[] = [
	missingSecure,
	insecureOrigin,
	missingHttponly,
	samesiteMissing,
	samesiteNone,
	samesiteInvalid,
	broadDomain,
	prefixMissing,
	persistentSession,
	longLifetime,
	weakToken,
	tokenContainsData,
	jwtUnsigned,
	jwtNoExpiry,
	defaultSessionName,
	duplicateSessionCookie,
	sessionInUrl,
	oversized,
	browserInconsistent,
];

/** The catalogue entry of a rule id, for reports and SARIF. */
export function findRule(id: string): Rule | undefined {
	return RULES.find((r) => r.id === id);
}
