/** What the details view shows about a value, computed by core's token analysis on expand only. */
import { analyzeToken, type TokenAnalysis } from "../../core/token/analyze-token.ts";
import { decodeBase64Text } from "../../core/token/base64.ts";
import { decodeLayers } from "../../core/token/decode-layers.ts";
import { safeDecodeUri, stripEnvelope } from "../../core/token/envelope.ts";

/** Long decoded values are cut: the popup is for reading, the export for keeping. */
const MAX_DECODED_CHARS = 800;

export interface TokenFacts {
	analysis: TokenAnalysis;
	/** The most decoded readable form (JSON pretty-printed), if the value decodes at all. */
	decoded?: { via: string; text: string };
	/** The value's own JWT protected header, when the value itself is a JWT. */
	jwtHeader?: Record<string, unknown>;
}

function pretty(json: unknown, text: string): string {
	const out = json === undefined ? text : JSON.stringify(json, null, 2);
	return out.length > MAX_DECODED_CHARS ? `${out.slice(0, MAX_DECODED_CHARS)}…` : out;
}

function headerOf(token: string): Record<string, unknown> | undefined {
	const text = decodeBase64Text(token.split(".")[0] ?? "");
	try {
		const parsed: unknown = text === undefined ? undefined : JSON.parse(text);
		return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

export function tokenFacts(value: string): TokenFacts {
	const analysis = analyzeToken(value);
	const { inner } = stripEnvelope(safeDecodeUri(value));
	const facts: TokenFacts = { analysis };
	const own = analysis.kind === "jws" || analysis.kind === "jwe" ? headerOf(inner) : undefined;
	if (own) facts.jwtHeader = own;
	if (analysis.kind === "jws" || analysis.kind === "jwe") return facts;
	const layers = decodeLayers(inner);
	const deepest = layers.find((l) => l.json !== undefined) ?? layers[layers.length - 1];
	if (deepest) facts.decoded = { via: deepest.path.join(" → "), text: pretty(deepest.json, deepest.text) };
	return facts;
}
