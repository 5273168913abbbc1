/**
 * Django's signed-cookie session backend: `signing.dumps(session, compress=True,
 * salt="django.contrib.sessions.backends.signed_cookies")` (django/django
 * django/contrib/sessions/backends/signed_cookies.py). The value is `<payload>:<timestamp>:<signature>`:
 * base64url JSON (a leading `.` when zlib-compressed, `Signer.compress_b64`), the base62 timestamp of
 * `TimestampSigner.sign`, and `base64_hmac(salt + "signer", "<payload>:<timestamp>", SECRET_KEY,
 * algorithm)` unpadded (django/core/signing.py). `salted_hmac` derives the key as
 * `hash(key_salt + secret)` and returns `HMAC(key, value)` with the same hash (django/utils/crypto.py).
 * The algorithm is `sha256` by default since Django 3.1 (`DEFAULT_HASHING_ALGORITHM`, then the only one
 * in 4.0) and `sha1` before: the signature's length tells which.
 */
import { decodeSignature, utf8 } from "./bytes.ts";
import type { HashName, SignedCandidate } from "./signed-format.ts";

const SHAPE = /^(\.?[A-Za-z0-9_-]+:[0-9A-Za-z]+):([A-Za-z0-9_-]+)$/;
/** The backend's salt followed by the "signer" that `Signer.signature` appends. */
const KEY_SALT = "django.contrib.sessions.backends.signed_cookiessigner";
const HASH_BY_LENGTH: Readonly<Record<number, HashName>> = { 20: "SHA-1", 32: "SHA-256" };

export function djangoSigningCandidate(value: string, cookie: number): SignedCandidate | undefined {
	const match = SHAPE.exec(value);
	if (match === null) return undefined;
	const [, signedText = "", sigText = ""] = match;
	const signature = decodeSignature(sigText, true);
	const hash = signature && HASH_BY_LENGTH[signature.length];
	if (signature === undefined || hash === undefined) return undefined;
	return {
		cookie,
		format: "django-signing",
		recipe: { kind: "digest-salt", hash, salt: KEY_SALT },
		message: utf8(signedText),
		signature,
		signed: value,
	};
}
