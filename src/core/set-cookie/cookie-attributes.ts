/**
 * Reads the raw attributes of a parsed Set-Cookie into typed values (RFC 6265bis §5.6.1-§5.6.8).
 * Names match case-insensitively, the last valid occurrence wins, invalid values are ignored.
 */
import type { SameSite } from "../cookie.ts";
import { parseCookieDate } from "./cookie-date.ts";
import type { SetCookieAttribute } from "./parse-set-cookie.ts";

/** The attributes of one header after §5.6.1-§5.6.8; absent keys were absent or invalid. */
export interface CookieAttributes {
	/** Epoch seconds from the last valid Expires (§5.6.1). */
	expires?: number;
	/** Seconds from the last valid Max-Age (§5.6.2); may be zero or negative. */
	maxAge?: number;
	/** Last Domain value, lower-cased, leading dot removed (§5.6.3); "" when the last one was empty. */
	domain?: string;
	/** Last Path value as written (§5.6.4); the jar falls back to the default-path unless it starts with "/". */
	path?: string;
	secure: boolean;
	httpOnly: boolean;
	partitioned: boolean;
	/** §5.6.7: Strict, Lax or None case-insensitively; anything else is the default enforcement. */
	sameSite: SameSite;
	/** The last SameSite value exactly as written, for the `samesite-invalid` rule. */
	sameSiteAttribute?: string;
}

// §5.6.2: a DIGIT, or "-" followed by a DIGIT, and nothing but digits after that.
const DELTA_SECONDS = /^-?[0-9]+$/;

function readSameSite(value: string): SameSite {
	const lower = value.toLowerCase();
	return lower === "strict" || lower === "lax" || lower === "none" ? lower : "unspecified";
}

type Reader = (attrs: CookieAttributes, value: string) => void;

const READERS: Record<string, Reader> = {
	expires(attrs, value) {
		const date = parseCookieDate(value);
		if (date !== null) attrs.expires = date;
	},
	"max-age"(attrs, value) {
		if (DELTA_SECONDS.test(value)) attrs.maxAge = Number(value);
	},
	domain(attrs, value) {
		// §5.6.3 says an empty Domain "SHOULD" be ignored; Chromium and Firefox instead let it win and
		// store a host-only cookie (Chromium ParsedCookie keeps the last index; GetCookieDomain("") → host).
		attrs.domain = (value.startsWith(".") ? value.slice(1) : value).toLowerCase();
	},
	path(attrs, value) {
		attrs.path = value;
	},
	secure(attrs) {
		attrs.secure = true;
	},
	httponly(attrs) {
		attrs.httpOnly = true;
	},
	partitioned(attrs) {
		// CHIPS: https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/Privacy_sandbox/Partitioned_cookies
		attrs.partitioned = true;
	},
	samesite(attrs, value) {
		attrs.sameSite = readSameSite(value);
		attrs.sameSiteAttribute = value;
	},
};

/** Folds the attributes in header order; unknown attribute names are ignored (§5.6 step 6). */
export function readAttributes(attributes: readonly SetCookieAttribute[]): CookieAttributes {
	const attrs: CookieAttributes = {
		secure: false,
		httpOnly: false,
		partitioned: false,
		sameSite: "unspecified",
	};
	for (const { name, value } of attributes) {
		const reader = Object.hasOwn(READERS, name.toLowerCase()) ? READERS[name.toLowerCase()] : undefined;
		reader?.(attrs, value);
	}
	return attrs;
}
