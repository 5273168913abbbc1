/**
 * A pure parser of one Set-Cookie header into its name, value and raw attributes (RFC 6265bis §5.6).
 * It decides nothing about storage (domain, path, prefixes, expiry): the jar does that (§5.7).
 */
import { utf8ByteLength } from "../utf8-byte-length.ts";

/** One `name=value` attribute as written, trimmed of whitespace; names keep their case. */
export interface SetCookieAttribute {
	name: string;
	value: string;
}

/** The name-value pair and the attributes of one header, before any storage rule. */
export interface ParsedSetCookie {
	name: string;
	value: string;
	/** In header order; the consumer applies "last one wins" per attribute name. */
	attributes: SetCookieAttribute[];
}

/** Why a header yields no cookie at all, in the reason codes of docs/design.md, "Header input only". */
export type ParseFailure = "syntax" | "too-large" | "invalid-characters";

/** A parsed cookie, or why there is none (`name` when the failure still knows it). */
export type ParseResult =
	| { ok: true; cookie: ParsedSetCookie }
	| { ok: false; reason: ParseFailure; detail: string; name?: string };

/** The points where browsers read the same header differently (see src/core/jar/browser-profiles.ts). */
export interface ParseOptions {
	/** `Set-Cookie: foo`: a nameless cookie with value "foo" (§5.6 step 3), or a cookie named "foo" with an empty value. */
	bareToken: "nameless-value" | "name-with-empty-value";
	/** Whether a cookie with an empty name may be kept at all. */
	allowEmptyName: boolean;
	/** A CR or LF: cut the header there, or refuse the cookie like any other control character. */
	lineBreak: "truncate" | "refuse";
}

/** RFC 6265bis as written, which is also what Chromium does. */
export const SPEC_PARSE_OPTIONS: Readonly<ParseOptions> = Object.freeze({
	bareToken: "nameless-value",
	allowEmptyName: true,
	lineBreak: "refuse",
});

/** §5.6 step 5: name and value together, in octets. */
export const MAX_NAME_VALUE_BYTES = 4096;
/** §5.6 cookie-av step 5: one attribute value, in octets; longer ones are ignored. */
export const MAX_ATTRIBUTE_VALUE_BYTES = 1024;

// §5.6 step 1: %x00-08 / %x0A-1F / %x7F (control characters other than HTAB).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this rule.
const CONTROL = /[\x00-\x08\x0A-\x1F\x7F]/;
const LINE_BREAK = /[\r\n]/;
// WSP = SP / HTAB (RFC 5234); §5.6 trims only these.
const isWsp = (code: number): boolean => code === 32 || code === 9;
const trimWsp = (s: string): string =>
	// Most names, values and attributes have no edge whitespace: skip the rewrite for them.
	s.length > 0 && !isWsp(s.charCodeAt(0)) && !isWsp(s.charCodeAt(s.length - 1))
		? s
		: s.replace(/^[ \t]+|[ \t]+$/g, "");

/** Applies the control-character rules; returns the header to parse or the failure. */
function screenCharacters(header: string, options: ParseOptions): string | ParseResult {
	// NUL, CR and LF are control characters too: a header without any (nearly all) needs no more checks.
	if (!CONTROL.test(header)) return header;
	if (header.includes("\0")) return fail("invalid-characters", "it contains a NUL character");
	const lineBreak = LINE_BREAK.exec(header);
	const text = lineBreak && options.lineBreak === "truncate" ? header.slice(0, lineBreak.index) : header;
	if (CONTROL.test(text)) return fail("invalid-characters", "it contains a control character");
	return text;
}

function fail(reason: ParseFailure, detail: string, name?: string): ParseResult {
	return name === undefined ? { ok: false, reason, detail } : { ok: false, reason, detail, name };
}

/** §5.6 steps 2-4: the name-value-pair is everything before the first ";", split at its first "=". */
function splitNameValue(pair: string, options: ParseOptions): { name: string; value: string } {
	const eq = pair.indexOf("=");
	if (eq === -1) {
		const token = trimWsp(pair);
		return options.bareToken === "nameless-value" ? { name: "", value: token } : { name: token, value: "" };
	}
	return { name: trimWsp(pair.slice(0, eq)), value: trimWsp(pair.slice(eq + 1)) };
}

/** §5.6 "cookie-av" loop: split on ";", then at the first "="; drop values over 1024 octets (step 5). */
function parseAttributes(unparsed: string): SetCookieAttribute[] {
	const attributes: SetCookieAttribute[] = [];
	for (const av of unparsed.split(";")) {
		const eq = av.indexOf("=");
		const name = trimWsp(eq === -1 ? av : av.slice(0, eq));
		const value = eq === -1 ? "" : trimWsp(av.slice(eq + 1));
		if (name === "" || utf8ByteLength(value) > MAX_ATTRIBUTE_VALUE_BYTES) continue;
		attributes.push({ name, value });
	}
	return attributes;
}

/**
 * Parses one Set-Cookie header value (without the `Set-Cookie:` field name). Never throws: every
 * input yields either a cookie or a failure reason with a short human detail.
 */
export function parseSetCookie(header: string, options: ParseOptions = SPEC_PARSE_OPTIONS): ParseResult {
	const screened = screenCharacters(header, options);
	if (typeof screened !== "string") return screened;
	const semi = screened.indexOf(";");
	const pair = semi === -1 ? screened : screened.slice(0, semi);
	const { name, value } = splitNameValue(pair, options);
	// §5.7 step 2: a cookie with neither name nor value is ignored.
	if (name === "" && value === "") return fail("syntax", "it has neither a name nor a value");
	if (name === "" && !options.allowEmptyName) return fail("syntax", "it has an empty name");
	// A nameless cookie with "=" in its value would read back as a different name=value pair, so both
	// browsers refuse it (Chromium bug 729800, cookie-store explainer; WPT cookies/name).
	if (name === "" && value.includes("=")) return fail("syntax", 'it has no name and its value contains "="');
	if (utf8ByteLength(name) + utf8ByteLength(value) > MAX_NAME_VALUE_BYTES) {
		return fail("too-large", `name and value exceed ${MAX_NAME_VALUE_BYTES} bytes`, name);
	}
	const attributes = semi === -1 ? [] : parseAttributes(screened.slice(semi + 1));
	return { ok: true, cookie: { name, value, attributes } };
}
