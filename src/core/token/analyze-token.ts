/**
 * One analysis per cookie value: what kind of token it is, how guessable, and what it reveals.
 * The rules weak-token, token-contains-data, jwt-unsigned and jwt-no-expiry read this.
 */
import { decodeBase64Text } from "./base64.ts";
import { type DecodedLayer, decodeLayers } from "./decode-layers.ts";
import { type EmbeddedData, findInJson, findInText, uniqueData } from "./embedded-data.ts";
import { type EntropyEstimate, estimateEntropyBits } from "./entropy.ts";
import { safeDecodeUri, stripEnvelope } from "./envelope.ts";
import { inspectJwt, type JwtInspection } from "./jwt.ts";
import { parseUuid, type UuidInfo } from "./uuid.ts";
import { detectWeakness, type Weakness } from "./weakness.ts";

/**
 * - `jws`/`jwe`: a JWT (signed, readable) or an encrypted JWE;
 * - `structured`: decodes to JSON data (client-side session such as Flask's or Supabase's);
 * - `opaque`: a random-looking identifier, judged by its entropy.
 */
export type TokenKind = "empty" | "jws" | "jwe" | "structured" | "opaque";

export interface TokenAnalysis {
	kind: TokenKind;
	envelope?: string;
	/** Entropy of the identifier itself (after envelopes and a readable base64 layer are removed). */
	entropy: EntropyEstimate;
	weakness?: Weakness;
	/** JWTs found: the value itself, or string fields of the JSON it decodes to. */
	jwts: JwtInspection[];
	embedded: EmbeddedData[];
}

/** String fields of decoded JSON that are JWTs (Supabase keeps `access_token` inside its cookie). */
function nestedJwts(layers: readonly DecodedLayer[]): JwtInspection[] {
	const found: JwtInspection[] = [];
	for (const layer of layers) {
		if (typeof layer.json !== "object" || layer.json === null) continue;
		for (const field of Object.values(layer.json)) {
			const jwt = typeof field === "string" ? inspectJwt(field) : undefined;
			if (jwt) found.push(jwt);
		}
	}
	return found;
}

function embeddedIn(plain: string, layers: readonly DecodedLayer[], jwts: readonly JwtInspection[]) {
	const found = findInText(plain);
	for (const layer of layers) {
		found.push(...(layer.json === undefined ? findInText(layer.text) : findInJson(layer.json, "JSON key")));
	}
	for (const jwt of jwts) if (jwt.kind === "jws") found.push(...findInJson(jwt.claims, "JWT claim"));
	return found.length < 2 ? found : uniqueData(found);
}

/** What to measure: a base64 layer that decodes to readable text (Spring's base64 UUID) is measured decoded. */
function measuredPart(inner: string): string {
	return decodeBase64Text(inner) ?? inner;
}

function weaknessOf(measured: string, uuid: UuidInfo | undefined): Weakness | undefined {
	if (uuid) return uuid.timeBased && uuid.randomBits === 0 ? "timestamp" : undefined;
	return detectWeakness(measured);
}

function entropyOf(measured: string, uuid: UuidInfo | undefined): EntropyEstimate {
	const estimate = estimateEntropyBits(measured);
	return uuid ? { ...estimate, bits: uuid.randomBits } : estimate;
}

/**
 * Values longer than this are analysed by their start only: browsers store at most 4096 bytes per cookie
 * (RFC 6265bis §5.6), and header input must not make the audit slow.
 */
export const MAX_ANALYZED_LENGTH = 8192;

/** The layers of a value that is itself a JWT: none are peeled. */
const NO_LAYERS: readonly DecodedLayer[] = [];

/** Analyses a raw cookie value (as stored, possibly URL-encoded). */
export function analyzeToken(value: string): TokenAnalysis {
	const { inner, envelope } = stripEnvelope(safeDecodeUri(value.slice(0, MAX_ANALYZED_LENGTH)));
	const own = inspectJwt(inner);
	const layers = own ? NO_LAYERS : decodeLayers(inner);
	const jwts = own ? [own] : nestedJwts(layers);
	const embedded = embeddedIn(inner, layers, jwts);
	const measured = measuredPart(inner);
	const uuid = parseUuid(measured);
	const entropy = entropyOf(measured, uuid);
	let kind: TokenKind = "opaque";
	if (inner === "") kind = "empty";
	else if (own) kind = own.kind;
	else if (layers.some((l) => l.json !== undefined)) kind = "structured";
	// One literal in the key order the spreads gave (envelope first, weakness last), with no throw-away
	// objects: every cookie of an audit is analysed (`npm run bench`).
	const analysis: TokenAnalysis =
		envelope === undefined ? { kind, entropy, jwts, embedded } : { envelope, kind, entropy, jwts, embedded };
	if (kind === "opaque") {
		const weakness = weaknessOf(measured, uuid);
		if (weakness) analysis.weakness = weakness;
	}
	return analysis;
}
