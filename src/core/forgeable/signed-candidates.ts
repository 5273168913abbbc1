/**
 * Every signed value of a site's cookies that the signature check can recompute, parsed once: the cost
 * of the check is then one HMAC per candidate and secret (docs/design.md, "Version 2", `forgeable-session`).
 */
import { cookieSignatureCandidate } from "./cookie-signature.ts";
import { djangoSigningCandidate } from "./django-signing.ts";
import { itsdangerousCandidate } from "./itsdangerous.ts";
import { jwtHmacCandidate } from "./jwt-hmac.ts";
import { keygripCandidates } from "./keygrip.ts";
import { MAX_SIGNED_VALUE_LENGTH, type SignedCookie } from "./signed-cookie.ts";
import type { SignedCandidate } from "./signed-format.ts";

const PER_VALUE = [cookieSignatureCandidate, itsdangerousCandidate, djangoSigningCandidate, jwtHmacCandidate];

/**
 * The candidates of `cookies`, each naming its cookie by index. A value matching no format gives none,
 * and a malformed one never throws. One value can give several (a three-part JWT also has the shape of
 * an itsdangerous value); the check tries each.
 */
export function signedCandidates(cookies: readonly SignedCookie[]): SignedCandidate[] {
	const candidates: SignedCandidate[] = [];
	cookies.forEach((c, index) => {
		if (c.value.length > MAX_SIGNED_VALUE_LENGTH) return;
		for (const parse of PER_VALUE) {
			const candidate = safely(() => parse(c.value, index));
			if (candidate !== undefined) candidates.push(candidate);
		}
	});
	candidates.push(...(safely(() => keygripCandidates(cookies)) ?? []));
	return candidates;
}

/** The parsers are written not to throw; this keeps a value nobody foresaw from ending the audit. */
function safely<T>(parse: () => T): T | undefined {
	try {
		return parse();
	} catch {
		return undefined;
	}
}
