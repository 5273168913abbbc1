/**
 * Flask's session cookie: `URLSafeTimedSerializer(secret_key, salt="cookie-session",
 * signer_kwargs={key_derivation: "hmac", digest_method: sha1})` (pallets/flask src/flask/sessions.py,
 * `SecureCookieSessionInterface.get_signing_serializer`). The value is
 * `<payload>.<timestamp>.<signature>`: the payload base64url JSON, with a leading `.` when zlib-compressed
 * (pallets/itsdangerous src/itsdangerous/url_safe.py, `URLSafeSerializerMixin.dump_payload`); the
 * timestamp added by `TimestampSigner.sign` (src/itsdangerous/timed.py); the signature
 * `base64url(HMAC(key, "<payload>.<timestamp>"))` unpadded, with key = `HMAC(secret, salt)` for the "hmac"
 * key derivation (src/itsdangerous/signer.py, `Signer.derive_key`, `Signer.get_signature`).
 */
import { decodeSignature, utf8 } from "./bytes.ts";
import type { SignedCandidate } from "./signed-format.ts";

const SHAPE = /^(\.?[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;
/** SecureCookieSessionInterface.salt. */
const FLASK_SALT = "cookie-session";

export function itsdangerousCandidate(value: string, cookie: number): SignedCandidate | undefined {
	const match = SHAPE.exec(value);
	if (match === null) return undefined;
	const [, signedText = "", sigText = ""] = match;
	const signature = decodeSignature(sigText, true);
	if (signature?.length !== 20) return undefined;
	return {
		cookie,
		format: "itsdangerous",
		recipe: { kind: "hmac-salt", hash: "SHA-1", salt: FLASK_SALT },
		message: utf8(signedText),
		signature,
		signed: value,
	};
}
