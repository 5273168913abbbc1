/**
 * express-session and cookie-parser signed values. cookie-signature's `sign(val, secret)` is
 * `val + "." + base64(HMAC-SHA256(secret, val))` with the `=` padding removed (tj/node-cookie-signature
 * index.js, `exports.sign`); express-session stores `"s:" + sign(sessionID, secret)` and reads back only
 * values starting with `s:` (expressjs/session index.js, `setcookie` and `getcookie`), and so does
 * cookie-parser's `signedCookie`. The cookie is written with `cookie.serialize`, which URL-encodes it:
 * `s%3A<id>.<signature>`, a `+` or `/` of the signature as `%2B`, `%2F`.
 */
import { decodeSignature, utf8 } from "./bytes.ts";
import type { SignedCandidate } from "./signed-format.ts";

const PREFIX = "s:";

function decodeCookieValue(value: string): string | undefined {
	if (!/^s%3a/i.test(value)) return value;
	try {
		return decodeURIComponent(value);
	} catch {
		return undefined;
	}
}

export function cookieSignatureCandidate(value: string, cookie: number): SignedCandidate | undefined {
	const decoded = decodeCookieValue(value);
	if (decoded === undefined || !decoded.startsWith(PREFIX)) return undefined;
	const dot = decoded.lastIndexOf(".");
	if (dot < PREFIX.length) return undefined;
	const signature = decodeSignature(decoded.slice(dot + 1), false);
	if (signature?.length !== 32) return undefined;
	const signed = decoded.slice(PREFIX.length, dot);
	return {
		cookie,
		format: "cookie-signature",
		recipe: { kind: "raw", hash: "SHA-256" },
		message: utf8(signed),
		signature,
		signed: decoded,
	};
}
