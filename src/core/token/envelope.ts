/**
 * Well-known framework envelopes around the actual token. They add predictable characters (a prefix,
 * a signature over the id) that would distort an entropy estimate of the id itself.
 */

export interface Unwrapped {
	/** The part that carries the token or data. */
	inner: string;
	/** A person-readable name of the envelope that was removed. */
	envelope?: string;
}

/** decodeURIComponent that returns the input unchanged when it is not valid percent-encoding. */
export function safeDecodeUri(value: string): string {
	if (!value.includes("%")) return value;
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/**
 * Removes a known envelope from an already URL-decoded value:
 * - express-session / cookie-signature `s:<id>.<hmac>` (github.com/expressjs/session, cookie-signature sign());
 * - @supabase/ssr `base64-<base64url JSON>` (github.com/supabase/ssr, cookie encoding "base64url");
 * - cookie-parser JSON cookies `j:<json>` (github.com/expressjs/cookie-parser JSONCookie()).
 */
export function stripEnvelope(value: string): Unwrapped {
	const signed = /^s:([^.]+)\.[A-Za-z0-9+/=_-]{20,}$/.exec(value);
	if (signed?.[1]) return { inner: signed[1], envelope: "express-session signed value (s:<id>.<signature>)" };
	if (value.startsWith("base64-")) return { inner: value.slice(7), envelope: "Supabase base64- prefix" };
	if (value.startsWith("j:")) return { inner: value.slice(2), envelope: "cookie-parser JSON (j:)" };
	return { inner: value };
}
