/**
 * Control characters from the input (a cookie value, a URL, a HAR field) must not reach a terminal raw:
 * ESC starts ANSI sequences that can recolour, move the cursor or rewrite the title
 * (https://en.wikipedia.org/wiki/ANSI_escape_code), and CR can hide a line. The text and Markdown views
 * show each one as a JavaScript escape (`\u001b`); tab and line feed are kept, as the views use them.
 * JSON and SARIF need nothing: JSON.stringify already escapes C0, and C1/DEL are inert in a JSON string.
 */

// C0 except tab (\x09) and line feed (\x0a), DEL, C1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** `text` with every control character but tab and line feed written as `\uXXXX`. */
export function escapeControls(text: string): string {
	return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A copy of `value` with every string in it escaped (for a report before the text or Markdown view). */
export function escapeControlsDeep<T>(value: T): T {
	if (typeof value === "string") return escapeControls(value) as T;
	if (Array.isArray(value)) return value.map(escapeControlsDeep) as T;
	if (value !== null && typeof value === "object") {
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [key, escapeControlsDeep(inner)]),
		) as T;
	}
	return value;
}
