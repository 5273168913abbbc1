/**
 * The part of each sampled value that is meant to be random. A signature or a JWT's claims are derived
 * from the id and a key: they change with it but add no entropy an attacker must guess beyond the id's
 * own (OWASP Session Management Cheat Sheet, "Session ID Entropy"), so they are left out:
 * - express-session / cookie-signature `s:<id>.<hmac>`: the id (token/envelope.ts);
 * - a JWT: its `jti` claim (RFC 7519 §4.1.7, "JWT ID") when it has one; without one nothing in it is
 *   random (its other claims are times and names), and the sample says so;
 * - a UUIDv7 (RFC 9562 §5.7): the 74 bits after its 48-bit Unix time in milliseconds (the version and
 *   variant stay in, constant, and count nothing);
 * - a ULID (https://github.com/ulid/spec, "Specification"): the 16 Crockford base32 characters (80 bits)
 *   after its 10-character millisecond time;
 * - anything else: the value as sent (URL-decoded).
 * A creation time is known to whoever saw the response and adds no entropy. UUIDv7s and ULIDs are told
 * by their layout and a time between 2000 and 2100 in every value: random values of the same shape
 * (one in 64 for a UUID, one in four for 26 base32 characters) hold such a time about once in a hundred.
 */
import { safeDecodeUri, stripEnvelope } from "../token/envelope.ts";
import { inspectJwt } from "../token/jwt.ts";

export type RandomPartKind =
	| "value"
	| "signed-id"
	| "jwt-id"
	| "jwt-without-random-part"
	| "uuid-v7-random"
	| "ulid-random";

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

const UUID_V7 = /^([0-9a-f]{8})-([0-9a-f]{4})-(7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/i;
const ULID = /^([0-7][0-9A-HJKMNP-TV-Z]{9})([0-9A-HJKMNP-TV-Z]{16})$/i;
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const YEAR_2000_MS = Date.UTC(2000, 0, 1);
const YEAR_2100_MS = Date.UTC(2100, 0, 1);
const plausibleTime = (ms: number) => ms >= YEAR_2000_MS && ms < YEAR_2100_MS;

function crockfordNumber(text: string): number {
	let n = 0;
	for (const c of text.toUpperCase()) n = n * 32 + CROCKFORD.indexOf(c);
	return n;
}

/** The random part of each UUIDv7 or ULID, when every value is one. */
function timeOrdered(values: readonly string[]): RandomParts | undefined {
	const uuids = values.map((v) => UUID_V7.exec(v));
	if (uuids.every((m) => m && plausibleTime(Number.parseInt(`${m[1]}${m[2]}`, 16))))
		return {
			kind: "uuid-v7-random",
			parts: uuids.map((m) => (m?.[3] ?? "").replaceAll("-", "")),
			note: "the 74 random bits of each UUIDv7; its first 48 bits are its creation time in milliseconds (RFC 9562 §5.7), no secret",
		};
	const ulids = values.map((v) => ULID.exec(v));
	if (ulids.every((m) => m && plausibleTime(crockfordNumber(m[1] ?? ""))))
		return {
			kind: "ulid-random",
			parts: ulids.map((m) => m?.[2] ?? ""),
			note: "the 80 random bits of each ULID; its first 10 characters are its creation time in milliseconds (ULID specification), no secret",
		};
	return undefined;
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
	if (decoded.length > 0) {
		const ordered = timeOrdered(decoded);
		if (ordered) return ordered;
	}
	return { kind: "value", parts: decoded, note: "the whole value" };
}
