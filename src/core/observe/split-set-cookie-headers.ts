/**
 * The Set-Cookie values of one webRequest `responseHeaders` array, one string per cookie, as the browser
 * that delivered them will apply them.
 *
 * - Chromium gives one `HttpHeader` per header line, and only when the listener asked for `extraHeaders`
 *   (since Chrome 72 Set-Cookie is left out otherwise: the `extraHeaders` option of
 *   https://developer.chrome.com/docs/extensions/reference/api/webRequest). A header line cannot hold a
 *   line break, so each value is one cookie.
 * - Firefox merges repeated Set-Cookie headers into one entry, the values joined by "\n" (commas occur
 *   inside Set-Cookie values, so it does not fold them with ", ": netwerk/protocol/http/nsHttpHeaderArray,
 *   SetHeader), and its cookie service splits that entry at "\n" again. So for Firefox each line is a
 *   cookie; an empty line (Firefox never merges an empty value) is dropped.
 *
 * A header whose value is not UTF-8 comes as `binaryValue` instead of `value` (MDN, webRequest.HttpHeaders);
 * its bytes are read one character per byte, so the parser sees the octets the server sent.
 */
import type { BrowserProfile } from "../jar/browser-profiles.ts";

/** One entry of a webRequest `responseHeaders` array (MDN, webRequest.HttpHeaders). */
export interface ObservedHeader {
	name: string;
	value?: string;
	/** Bytes of a value that is not UTF-8: an ArrayBuffer's view or a plain array of octets. */
	binaryValue?: ArrayLike<number>;
}

function headerText(header: ObservedHeader): string {
	if (header.value !== undefined) return header.value;
	if (header.binaryValue === undefined) return "";
	let text = "";
	for (let i = 0; i < header.binaryValue.length; i++) text += String.fromCharCode(header.binaryValue[i] ?? 0);
	return text;
}

/** Every Set-Cookie value of the headers, in order, one per cookie as `profile`'s browser reads them. */
export function splitSetCookieHeaders(
	headers: readonly ObservedHeader[] | undefined,
	profile: BrowserProfile,
): string[] {
	const values: string[] = [];
	for (const header of headers ?? []) {
		if (header.name.toLowerCase() !== "set-cookie") continue;
		const value = headerText(header);
		if (profile === "chromium") {
			if (value !== "") values.push(value);
			continue;
		}
		for (const line of value.split("\n")) if (line !== "") values.push(line);
	}
	return values;
}

/** The first value of a header that occurs at most once in a response (e.g. Strict-Transport-Security). */
export function firstHeaderValue(
	headers: readonly ObservedHeader[] | undefined,
	name: string,
): string | undefined {
	const wanted = name.toLowerCase();
	const header = (headers ?? []).find((h) => h.name.toLowerCase() === wanted);
	return header === undefined ? undefined : headerText(header);
}
