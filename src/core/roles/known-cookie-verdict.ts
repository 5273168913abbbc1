/**
 * What the Open Cookie Database (known-cookies.ts, read by known-cookie-role.ts) or an override of it
 * (known-cookie-overrides.ts) says a cookie is on its site, as classify-role.ts asks it after the
 * framework defaults.
 */
import type { Cookie } from "../cookie.ts";
import { knownCookieOverride } from "./known-cookie-overrides.ts";
import { type KnownRole, knownCookieRole } from "./known-cookie-role.ts";
import type { KnownAs } from "./known-cookies.ts";
import { isFlagValue } from "./name-signals.ts";

/**
 * The role of a cookie by the known-cookie data, `site` its registrable domain (siteOf), `knownAs` what
 * the data says of the cookie. A sign-in cookie whose value is a flag (`1`, `true`) is a hint that
 * someone is signed in, not the login itself.
 */
export function fromKnownCookie(
	cookie: Cookie,
	site: string,
	knownAs: KnownAs | undefined,
): KnownRole | undefined {
	const known = knownCookieOverride(cookie.name, site) ?? (knownAs && knownCookieRole(knownAs));
	if (known?.role === "session" && isFlagValue(cookie.value)) {
		return {
			role: "other",
			reason: `${known.reason}, but the value is a flag, not a token`,
			confidence: "known",
		};
	}
	return known;
}
