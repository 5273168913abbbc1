/**
 * JWT inspection: the one module that touches jose. Decoding only (decodeProtectedHeader, decodeJwt):
 * we never hold the key, so nothing is verified; we look at what anyone holding the cookie can read.
 */
import { decodeJwt, decodeProtectedHeader } from "jose";

/**
 * The claims as decoded: the registered ones typed (RFC 7519 §4.1), any other unknown. Our own type, not
 * jose's JWTPayload (the same shape), so the package's type declarations need no jose.
 */
export interface JwtClaims {
	iss?: string;
	sub?: string;
	aud?: string | string[];
	jti?: string;
	nbf?: number;
	exp?: number;
	iat?: number;
	[claim: string]: unknown;
}

export type JwtInspection =
	| { kind: "jws"; alg: string | undefined; claims: JwtClaims }
	| { kind: "jwe"; alg: string | undefined; enc: string | undefined };

const PART = /^[A-Za-z0-9_-]*$/;

/**
 * Recognises a compact JWS carrying a JWT (3 parts; RFC 7519) or a compact JWE (5 parts; RFC 7516 §7.1).
 * A JWE is an opaque encrypted token: only its protected header is read, never its content.
 */
export function inspectJwt(token: string): JwtInspection | undefined {
	// Most values have no dot: skip the split (every token of an audit comes here, `npm run bench`).
	if (!token.includes(".")) return undefined;
	const parts = token.split(".");
	if (parts.length !== 3 && parts.length !== 5) return undefined;
	if (!parts[0] || !parts.every((p) => PART.test(p))) return undefined;
	let header: ReturnType<typeof decodeProtectedHeader>;
	try {
		header = decodeProtectedHeader(token);
	} catch {
		return undefined;
	}
	if (parts.length === 5) return { kind: "jwe", alg: header.alg, enc: header.enc };
	try {
		return { kind: "jws", alg: header.alg, claims: decodeJwt(token) };
	} catch {
		return undefined;
	}
}

/** True for `alg: none` (RFC 7519 §6, unsecured JWT), compared case-insensitively as libraries have been fooled by `None`. */
export function isUnsigned(jwt: JwtInspection): boolean {
	return jwt.kind === "jws" && (jwt.alg ?? "").toLowerCase() === "none";
}
