/**
 * The part of each sampled value that is meant to be random. A signature or a JWT's claims are derived
 * from the id and a key: they change with it but add no entropy an attacker must guess beyond the id's
 * own (OWASP Session Management Cheat Sheet, "Session ID Entropy"), so they are left out:
 * - express-session / cookie-signature `s:<id>.<hmac>`: the id (token/envelope.ts);
 * - a JWT: its `jti` claim (RFC 7519 §4.1.7, "JWT ID") when it has one; without one nothing in it is
 *   random (its other claims are times and names), and the sample says so;
 * - anything else: the value as sent (URL-decoded).
 */
import { safeDecodeUri, stripEnvelope } from "../token/envelope.ts";
import { inspectJwt } from "../token/jwt.ts";

export type RandomPartKind = "value" | "signed-id" | "jwt-id" | "jwt-without-random-part";

export interface RandomParts {
	kind: RandomPartKind;
	/** One per sampled value, in order; empty strings for JWTs without a random part. */
	parts: string[];
	/** What was taken, for a person: `the id of express-session signed values (s:<id>.<signature>)`. */
	note: string;
}

function jwtId(value: string): string | undefined | null {
	const jwt = inspectJwt(value);
	if (!jwt) return null;
	if (jwt.kind !== "jws") return undefined;
	return typeof jwt.claims.jti === "string" ? jwt.claims.jti : undefined;
}

/** The random part of every value; the kind is decided by the first value and must hold for most. */
export function randomParts(values: readonly string[]): RandomParts {
	const decoded = values.map(safeDecodeUri);
	const unwrapped = decoded.map(stripEnvelope);
	if (unwrapped.every((u) => u.envelope?.startsWith("express-session"))) {
		return {
			kind: "signed-id",
			parts: unwrapped.map((u) => u.inner),
			note: "the id inside express-session signed values (s:<id>.<signature>); the signature adds no entropy",
		};
	}
	const ids = decoded.map(jwtId);
	if (ids.length > 0 && ids.every((id) => id !== null)) {
		if (ids.every((id) => typeof id === "string")) {
			return {
				kind: "jwt-id",
				parts: ids as string[],
				note: "the jti claim of each JWT; the rest is derived",
			};
		}
		return {
			kind: "jwt-without-random-part",
			parts: ids.map(() => ""),
			note: "JWTs without a jti claim: nothing in them is random (claims and signature are derived)",
		};
	}
	return { kind: "value", parts: decoded, note: "the whole value" };
}
