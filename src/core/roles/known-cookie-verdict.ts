/**
 * What the Open Cookie Database (known-cookies.ts, read by known-cookie-role.ts) or an override of it
 * (known-cookie-overrides.ts) says a cookie is on its site: classify-role.ts asks the override before the
 * framework defaults and the database after them.
 */
import type { Cookie } from "../cookie.ts";
import type { KnownRole } from "./known-cookie-role.ts";
import { isFlagValue } from "./name-signals.ts";

/**
 * The role known data gives a cookie: an override of the Open Cookie Database for the cookie's site
 * (known-cookie-overrides.ts, which classify-role.ts asks before the framework defaults), or what the
 * database says of it (`knownAs`). A sign-in cookie whose value is a flag (`1`, `true`) is a hint that
 * someone is signed in, not the login itself.
 */
export function fromKnownCookie(cookie: Cookie, known: KnownRole | undefined): KnownRole | undefined {
	if (known?.role === "session" && isFlagValue(cookie.value)) {
		return {
			role: "other",
			reason: `${known.reason}, but the value is a flag, not a token`,
			confidence: "known",
		};
	}
	return known;
}
