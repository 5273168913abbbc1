/**
 * Checks for the fields of a request, run at the server boundary before any handler. Each returns the value
 * with its type or throws a sentence of ours that names the message and the field
 * ("expireCookies: `at` must be …"), so a bad request changes nothing.
 */
import type { MessageType } from "../protocol.ts";

/**
 * Bounds on a request. The popup sends one site's cookies and the overview one row per site, far below
 * 10,000. Browsers keep at most 4,096 bytes of a cookie's name and value (RFC 6265bis §5.6, "Cookie Name
 * and Value Size Limits"); texts that quote such a cookie (a finding's message) stay under twice that.
 */
export const REQUEST_LIMITS = Object.freeze({ listItems: 10_000, textLength: 8_192, findings: 100 });

/** Keys that rewrite an object's prototype when a page or handler assigns them; no request has them. */
const PROTOTYPE_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];

/** Where a value sits in a request: `cookies[2].partitionKey.topLevelSite` of `clearCookies`. */
export interface Field {
	message: MessageType;
	path: string;
}

export const child = (at: Field, key: string | number): Field => ({
	message: at.message,
	path: typeof key === "number" ? `${at.path}[${key}]` : `${at.path}.${key}`,
});

/** A short description of what was sent, for the refusal (never the whole of a huge value). */
export function describeValue(value: unknown): string {
	if (value === undefined) return "nothing";
	if (value === null) return "null";
	if (Array.isArray(value)) return `a list of ${value.length.toLocaleString("en")}`;
	if (typeof value === "string") return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
	if (typeof value === "object") return "an object";
	return String(value);
}

export function refuse(at: Field, what: string, value: unknown): never {
	throw new Error(`${at.message}: \`${at.path}\` must be ${what} (got ${describeValue(value)}).`);
}

/** An own property only: an inherited `constructor` or `toString` is not a field of the request. */
export function own(record: Record<string, unknown>, key: string): unknown {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A plain object without prototype keys; the checks read only the fields they know. */
export function record(value: unknown, at: Field, what: string): Record<string, unknown> {
	if (!isRecord(value)) return refuse(at, what, value);
	const bad = Object.keys(value).find((key) => PROTOTYPE_KEYS.includes(key));
	if (bad !== undefined)
		throw new Error(`${at.message}: \`${at.path}\` has a key \`${bad}\`, which no request has.`);
	return value;
}

export function text(value: unknown, at: Field, what = "text"): string {
	const max = REQUEST_LIMITS.textLength;
	if (typeof value !== "string" || value.length > max) {
		return refuse(at, `${what} of at most ${max.toLocaleString("en")} characters`, value);
	}
	return value;
}

export function flag(value: unknown, at: Field): boolean {
	return typeof value === "boolean" ? value : refuse(at, "true or false", value);
}

/** Finite and at least `min`: NaN, Infinity and negative times are refused alike. */
export function finite(value: unknown, at: Field, what: string, min = 0): number {
	if (typeof value !== "number" || !Number.isFinite(value) || value < min) return refuse(at, what, value);
	return value;
}

export function tabId(value: unknown, at: Field): number {
	if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
		return refuse(at, "a tab id (a positive integer)", value);
	}
	return value;
}

export function oneOf<T extends string>(value: unknown, at: Field, options: readonly T[]): T {
	if (typeof value === "string" && (options as readonly string[]).includes(value)) return value as T;
	return refuse(at, `one of ${options.join(", ")}`, value);
}

/** At most `max` items, each checked in order; the first bad one refuses the whole list. */
export function list<T>(
	value: unknown,
	at: Field,
	what: string,
	item: (v: unknown, at: Field) => T,
	max: number = REQUEST_LIMITS.listItems,
): T[] {
	if (!Array.isArray(value) || value.length > max) {
		return refuse(at, `${what}, at most ${max.toLocaleString("en")}`, value);
	}
	// Every index, holes included: `map` would skip a hole and hand the handler an undefined.
	return Array.from({ length: value.length }, (_, i) => item(value[i], child(at, i)));
}
