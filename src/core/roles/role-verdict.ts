/** A cookie's role as the classifier gives it (docs/design.md, "Roles"). */
import type { SetBy } from "../audit-input.ts";
import type { Role, RoleConfidence } from "../report.ts";
import type { KnownAs, KnownCookieLookup } from "./known-cookies.ts";

/**
 * How sure the role is: "known" from data (the user's overrides, framework defaults, the Open Cookie
 * Database, known cookie lists), "likely" from strong evidence (a session word standing as a word, a JWT
 * with a subject), "guess" from weak evidence only (a random value with an unknown name).
 */
export type { RoleConfidence } from "../report.ts";

/** Shared between cookies of the same name (classify-role.ts), so never changed once made. */
export interface RoleVerdict {
	readonly role: Role;
	readonly reason: string;
	readonly confidence: RoleConfidence;
}

/** What the classifier may know about a cookie beyond the cookie itself. */
export interface RoleContext {
	/** What known-cookie data says, when the caller already looked it up (null: nothing). */
	knownAs?: KnownAs | null;
	/** The known-cookie data to look in; the vendored Open Cookie Database by default. */
	knownCookie?: KnownCookieLookup;
	/** The names of every cookie of the same site, for companion cookies (`<name>.sig`). */
	siteNames?: ReadonlySet<string>;
	/** Who wrote the cookie, where observed (src/core/observe/set-by.ts). */
	setBy?: SetBy;
}
