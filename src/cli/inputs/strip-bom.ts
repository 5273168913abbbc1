/**
 * A UTF-8 byte order mark at the start of a file (Windows editors and some HAR exporters write one) is not
 * part of the text: the WHATWG Encoding Standard's "UTF-8 decode" drops it
 * (https://encoding.spec.whatwg.org/#utf-8-decode), while JSON.parse would refuse it.
 */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
