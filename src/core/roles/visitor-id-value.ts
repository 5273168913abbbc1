/**
 * Values shaped like the visitor and device ids analytics and advertising tags write, which no login
 * carries: a login is one opaque secret (OWASP Session Management Cheat Sheet, "Session ID Content (or
 * Value)": meaningless, no readable data), while these are numbers and timestamps joined by dots, or JSON
 * of visitor fields.
 * - Dotted numbers with a Unix time among them: Google Analytics `GA1.1.<random>.<seconds>` and
 *   `GS1.1.<seconds>…` (Google, "Google Analytics cookie usage on websites"), Google Ads `_gcl_au`
 *   `1.1.<random>.<seconds>`, Meta `fb.1.<milliseconds>.<random>` ("fbp and fbc parameters", Meta for
 *   Developers), Matomo `_pk_id` `<hex>.<seconds>.` (Matomo FAQ, "What data does Matomo store in cookies?").
 * - JSON (plain, URL- or base64-encoded) naming a visitor or device id or an opt-out, as Mixpanel's
 *   `mp_<token>_mixpanel` (`distinct_id`, `$device_id`) and Amplitude's `amp_*` (`deviceId`, `optOut`)
 *   cookies hold (each SDK's source: mixpanel-js `mixpanel-persistence`, Amplitude-JavaScript
 *   `metadata-storage`).
 */
import type { Cookie } from "../cookie.ts";
import { decodeLayers } from "../token/decode-layers.ts";
import { safeDecodeUri } from "../token/envelope.ts";
import { parseUuid } from "../token/uuid.ts";

/** Seconds or milliseconds since 1970 between 2001-09 and 2286: ten digits, or thirteen. */
const UNIX_TIME = /^(?:\d{10}|\d{13})$/;

/** Up to a short tag (`GA1`, `fb`, `GS2`), then numbers or hex joined by dots. */
const DOTTED = /^(?:[A-Za-z]{1,3}\d?\.)?[0-9a-f]+(?:\.[0-9A-Za-z$]*){1,12}$/;

const VISITOR_FIELDS = new Set([
	"distinct_id",
	"$device_id",
	"device_id",
	"deviceId",
	"anonymousId",
	"anonymous_id",
	"visitorId",
	"visitor_id",
	"client_id",
	"clientId",
	"optOut",
	"lastEventTime",
	"$initial_referrer",
	"utm_source",
]);

function dottedWithTime(value: string): boolean {
	if (value.length > 120 || !DOTTED.test(value)) return false;
	return value.split(".").some((part) => UNIX_TIME.test(part));
}

function visitorJson(value: string): string | undefined {
	const text = safeDecodeUri(value).trim();
	const layers = text.startsWith("{") ? [{ json: parseObject(text) }] : decodeLayers(value);
	for (const layer of layers) {
		const json = layer.json;
		if (typeof json !== "object" || json === null || Array.isArray(json)) continue;
		const field = Object.keys(json).find((k) => VISITOR_FIELDS.has(k));
		if (field !== undefined) return field;
	}
	return undefined;
}

function parseObject(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * Why the value looks like a visitor id, or undefined. `structured`: the token analysis found JSON under
 * an encoding (TokenAnalysis.kind); only then, or when the value is plain or URL-encoded JSON, is it
 * decoded here.
 */
export function visitorIdShape(value: string, structured: boolean): string | undefined {
	if (dottedWithTime(value))
		return "value is dotted numbers with a timestamp, as analytics and ad tags write";
	if (value.length > 4096) return undefined;
	if (!structured && !value.startsWith("{") && !value.startsWith("%7B")) return undefined;
	const field = visitorJson(value);
	return field === undefined ? undefined : `value is JSON with the analytics field "${field}"`;
}

/**
 * A random UUID (RFC 9562 §5.4, version 4) that scripts can read: the shape of the ids analytics, chat and
 * A/B scripts mint in the browser with `crypto.randomUUID()` (MDN, "Crypto: randomUUID() method"), as
 * Segment's `ajs_anonymous_id` is (Segment, "Analytics.js", "Identity"). A server that signs its users in
 * with a UUID keeps it from scripts: Spring Session's `SESSION` (a base64 UUID) and Metabase's
 * `metabase.SESSION` are HttpOnly.
 */
export function scriptReadableUuid(cookie: Cookie): boolean {
	if (cookie.httpOnly || cookie.value.length < 36 || cookie.value.length > 42) return false;
	return parseUuid(safeDecodeUri(cookie.value).replace(/^"(.*)"$/, "$1"))?.version === 4;
}
