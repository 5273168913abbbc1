/**
 * Peels URL, base64/base64url and JSON encodings off a cookie value to see what it carries.
 * OWASP Session Management Cheat Sheet, "Session ID Content (or Value)": the id must be meaningless,
 * so anything that decodes to readable data is worth reporting.
 */
import { decodeBase64Text } from "./base64.ts";
import { safeDecodeUri } from "./envelope.ts";

export type LayerEncoding = "url" | "base64" | "json";

export interface DecodedLayer {
	/** The encodings peeled off to reach this text, outermost first. */
	path: LayerEncoding[];
	text: string;
	/** Parsed JSON when the text is a JSON object or array. */
	json?: unknown;
}

const MAX_LAYERS = 12;
const MIN_BASE64_LENGTH = 8;

function parseJson(text: string): unknown {
	const t = text.trim();
	if (!t.startsWith("{") && !t.startsWith("[")) return undefined;
	try {
		return JSON.parse(t);
	} catch {
		return undefined;
	}
}

/** Parts worth trying as base64: the whole value, and segments of dotted or `--` joined envelopes. */
function base64Candidates(text: string): string[] {
	if (!text.includes(".") && !text.includes("--")) return [text];
	const parts = text.split(/\.|--/).filter((p) => p.length >= MIN_BASE64_LENGTH);
	return parts.length > 1 ? [text, ...parts] : [text];
}

/**
 * Every readable layer under a value, outermost first, not including the value itself.
 * Bounded (MAX_LAYERS) so a crafted value cannot make the audit slow.
 */
export function decodeLayers(value: string): DecodedLayer[] {
	// Nothing to peel off a plain random id (no percent-encoding, no envelope parts, no readable base64):
	// nearly every value, so it is told without the queue and set below (`npm run bench`).
	if (
		!value.includes("%") &&
		!value.includes(".") &&
		!value.includes("--") &&
		decodeBase64Text(value) === undefined
	)
		return [];
	const found: Found = { layers: [], queue: [{ path: [], text: value }], seen: new Set([value]) };
	for (let current = found.queue.shift(); current; current = found.queue.shift()) {
		if (current.json !== undefined) continue;
		const url = safeDecodeUri(current.text);
		if (url !== current.text) add(found, { path: [...current.path, "url"], text: url });
		for (const candidate of base64Candidates(current.text)) {
			const text = decodeBase64Text(candidate);
			if (text !== undefined) add(found, { path: [...current.path, "base64"], text });
		}
	}
	return found.layers;
}

/** The layers found so far, those still to peel, and every text seen (a layer may decode to an earlier one). */
interface Found {
	layers: DecodedLayer[];
	queue: DecodedLayer[];
	seen: Set<string>;
}

function add(found: Found, layer: DecodedLayer): void {
	if (found.seen.has(layer.text) || found.layers.length >= MAX_LAYERS) return;
	found.seen.add(layer.text);
	const json = parseJson(layer.text);
	const withJson = json === undefined ? layer : { ...layer, json };
	found.layers.push(withJson);
	found.queue.push(withJson);
}
