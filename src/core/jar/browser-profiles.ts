/**
 * Every point where Chromium and Firefox store the same Set-Cookie header differently, in one place.
 * Verified against real browsers (Chromium 156, Firefox ESR 153); everything not listed here follows
 * RFC 6265bis and is shared. Add a difference here, never as an `if (profile === …)` elsewhere.
 */
import type { ParseOptions } from "../set-cookie/parse-set-cookie.ts";

/** A browser whose cookie storage the jar reproduces. */
export type BrowserProfile = "chromium" | "firefox";

/** The storage rules on which the browsers disagree; everything else is shared RFC 6265bis. */
export interface ProfileRules {
	/** How the browser is named in human messages. */
	label: string;
	parse: ParseOptions;
	/**
	 * What `__Host-` requires of the path: Chromium wants an explicit `Path=/` attribute (RFC 6265bis
	 * §5.7 step 21.3); Firefox checks only that the stored path is "/" (CookieCommons::CheckPrefixes),
	 * so the default-path "/" of a top-level URL passes.
	 */
	hostPrefixPath: "explicit-path-attribute" | "stored-path";
}

const CHROMIUM: ProfileRules = {
	label: "Chromium",
	parse: {
		// `Set-Cookie: foo` is a nameless cookie with value "foo" (RFC 6265bis §5.6 step 3; WPT cookies/name).
		bareToken: "nameless-value",
		// `=value` keeps a nameless cookie with value "value".
		allowEmptyName: true,
		// ParsedCookie cuts the line at the first CR (or LF: its "terminator" characters) and stores what
		// precedes it; a NUL is refused outright (net/cookies/parsed_cookie.cc).
		lineBreak: "truncate",
	},
	hostPrefixPath: "explicit-path-attribute",
};

const FIREFOX: ProfileRules = {
	label: "Firefox",
	parse: {
		// CookieParser reads a bare token as the name with an empty value.
		bareToken: "name-with-empty-value",
		// `=value` is refused: Firefox never stores a cookie with an empty name from a header.
		allowEmptyName: false,
		// A CR inside the header drops the whole cookie as invalid characters (RFC 6265bis §5.6 step 1).
		// An LF is treated the same here; Firefox would split a joined header at LF, which a single
		// header received over HTTP cannot contain.
		lineBreak: "refuse",
	},
	hostPrefixPath: "stored-path",
};

/** The rules of each supported browser. */
export const BROWSER_PROFILES: Readonly<Record<BrowserProfile, ProfileRules>> = Object.freeze({
	chromium: CHROMIUM,
	firefox: FIREFOX,
});

/**
 * Whether the profiles above can store this header differently: only a header with a line break
 * (`lineBreak`), a name-value pair without "=" (`bareToken`), an empty name (`allowEmptyName`) or a
 * `__Host-` name (`hostPrefixPath`, matched case-insensitively like every prefix) can. Every other
 * header is stored alike by both, so the jar evaluates it once (`npm run bench`). Keep this in step
 * with the fields of ProfileRules: the property test in browser-difference.test.ts checks it against
 * evaluating both profiles.
 */
export function profilesCanDiffer(header: string): boolean {
	if (header.includes("\r") || header.includes("\n")) return true;
	const semi = header.indexOf(";");
	const pair = semi === -1 ? header : header.slice(0, semi);
	const eq = pair.indexOf("=");
	if (eq === -1) return true;
	const name = pair.slice(0, eq).replace(/^[ \t]+/, "");
	if (/^[ \t]*$/.test(name)) return true;
	return name.length >= 7 && name.slice(0, 7).toLowerCase() === "__host-";
}
