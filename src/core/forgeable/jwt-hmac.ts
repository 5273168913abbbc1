/**
 * A JWS compact JWT signed with an HMAC: HS256, HS384 or HS512 over `<header>.<payload>` with the secret
 * as key, the signature base64url without padding (RFC 7515 §5.1 and appendix A.1, RFC 7518 §3.2). The
 * algorithm is the header's; `none` and the asymmetric ones are not checked here (`jwt-unsigned` covers
 * `none`).
 */
import { inspectJwt } from "../token/jwt.ts";
import { decodeSignature, utf8 } from "./bytes.ts";
import { DIGEST_BYTES, type HashName, type SignedCandidate } from "./signed-format.ts";

const HASH_BY_ALG: Readonly<Record<string, HashName>> = {
	HS256: "SHA-256",
	HS384: "SHA-384",
	HS512: "SHA-512",
};

export function jwtHmacCandidate(value: string, cookie: number): SignedCandidate | undefined {
	const jwt = inspectJwt(value);
	if (jwt?.kind !== "jws" || jwt.alg === undefined) return undefined;
	const hash = Object.hasOwn(HASH_BY_ALG, jwt.alg) ? HASH_BY_ALG[jwt.alg] : undefined;
	const dot = value.lastIndexOf(".");
	const signature = decodeSignature(value.slice(dot + 1), true);
	if (hash === undefined || signature?.length !== DIGEST_BYTES[hash]) return undefined;
	return {
		cookie,
		format: "jwt",
		recipe: { kind: "raw", hash },
		message: utf8(value.slice(0, dot)),
		signature,
		signed: value,
	};
}
