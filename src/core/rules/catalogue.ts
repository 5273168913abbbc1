/**
 * The rule catalogue (docs/design.md, "Rules"): every rule, in report order. Ids are a public contract
 * (reports, SARIF, ignore lists, the CLI): add rules, never rename them.
 */

import { browserInconsistent } from "./context/browser-inconsistent.ts";
import { duplicateSessionCookie } from "./context/duplicate-session-cookie.ts";
import { insecureOrigin } from "./context/insecure-origin.ts";
import { logoutNotRevoked } from "./context/logout-not-revoked.ts";
import { missingHsts } from "./context/missing-hsts.ts";
import { oversized } from "./context/oversized.ts";
import { predictableSessionId } from "./context/predictable-session-id.ts";
import { sessionFixation } from "./context/session-fixation.ts";
import { sessionInUrl } from "./context/session-in-url.ts";
import { setByScript } from "./context/set-by-script.ts";
import { broadDomain } from "./declared/broad-domain.ts";
import { defaultSessionName } from "./declared/default-session-name.ts";
import { longLifetime } from "./declared/long-lifetime.ts";
import { missingHttponly } from "./declared/missing-httponly.ts";
import { missingSecure } from "./declared/missing-secure.ts";
import { persistentSession } from "./declared/persistent-session.ts";
import { prefixMissing } from "./declared/prefix-missing.ts";
import { samesiteInvalid } from "./declared/samesite-invalid.ts";
import { samesiteMissing } from "./declared/samesite-missing.ts";
import { samesiteNone } from "./declared/samesite-none.ts";
import type { Rule } from "./rule.ts";
import { forgeableSession } from "./value/forgeable-session.ts";
import { jwtNoExpiry } from "./value/jwt-no-expiry.ts";
import { jwtUnsigned } from "./value/jwt-unsigned.ts";
import { tokenContainsData } from "./value/token-contains-data.ts";
import { weakToken } from "./value/weak-token.ts";

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
	setByScript,
	missingHsts,
	sessionFixation,
	logoutNotRevoked,
	predictableSessionId,
	forgeableSession,
];

/** The catalogue entry of a rule id, for reports and SARIF. */
export function findRule(id: string): Rule | undefined {
	return RULES.find((r) => r.id === id);
}
