/**
 * Cookie name prefixes (RFC 6265bis §5.7 steps 20-22; the `__Http-` / `__Host-Http-` additions of
 * draft-ietf-httpbis-cookie-prefixes). Prefixes match case-insensitively.
 */
import type { ProfileRules } from "./browser-profiles.ts";

/** What the prefix rules look at of the would-be cookie. */
export interface PrefixSubject {
	name: string;
	value: string;
	secure: boolean;
	httpOnly: boolean;
	/** The path the cookie would be stored with. */
	path: string;
}

/** How the header wrote Domain and Path. */
export interface WrittenAttributes {
	/** True when the header carried a (non-empty) Domain attribute. */
	hasDomainAttribute: boolean;
	/** The last Path attribute as written, if any. */
	pathAttribute: string | undefined;
}

const startsWithCi = (text: string, prefix: string): boolean =>
	text.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase();

/** Every prefix starts with two underscores: other names (nearly all) need no case-insensitive compare. */
const couldBePrefixed = (text: string): boolean => text.charCodeAt(0) === 95 && text.charCodeAt(1) === 95;

/** `__Host-` (§5.7 step 21): Secure, host-only (no Domain), and path "/" (how that is checked: see profiles). */
function hostRequirement(c: PrefixSubject, written: WrittenAttributes, rules: ProfileRules): string | null {
	if (!c.secure) return "needs the Secure attribute";
	if (written.hasDomainAttribute) return "must not have a Domain attribute";
	if (rules.hostPrefixPath === "explicit-path-attribute")
		return written.pathAttribute === "/" ? null : "needs Path=/";
	return c.path === "/" ? null : 'needs the path "/"';
}

const needsSecure = (c: PrefixSubject): string | null => (c.secure ? null : "needs the Secure attribute");
const needsHttpOnly = (c: PrefixSubject): string | null =>
	c.httpOnly ? null : "needs the HttpOnly attribute";

/** Most specific first: `__Host-Http-` also starts with `__Host-`. */
type Requirement = (c: PrefixSubject, written: WrittenAttributes, rules: ProfileRules) => string | null;

const PREFIXES: readonly [string, Requirement][] = [
	["__Host-Http-", (c, written, rules) => hostRequirement(c, written, rules) ?? needsHttpOnly(c)],
	["__Host-", hostRequirement],
	["__Http-", (c) => needsSecure(c) ?? needsHttpOnly(c)],
	["__Secure-", needsSecure],
];

/** Why the name's prefix is violated (a phrase naming the prefix), or null when it has none or meets it. */
export function prefixViolation(
	c: PrefixSubject,
	written: WrittenAttributes,
	rules: ProfileRules,
): string | null {
	// §5.7 step 22: a nameless cookie may not look like a prefixed one (its value serializes as the name).
	if (c.name === "") {
		if (!couldBePrefixed(c.value)) return null;
		const lookalike = PREFIXES.find(([prefix]) => startsWithCi(c.value, prefix));
		return lookalike ? `a nameless cookie's value may not start with ${lookalike[0]}` : null;
	}
	if (!couldBePrefixed(c.name)) return null;
	const match = PREFIXES.find(([prefix]) => startsWithCi(c.name, prefix));
	if (match === undefined) return null;
	const why = match[1](c, written, rules);
	return why === null ? null : `the ${match[0]} prefix ${why}`;
}
