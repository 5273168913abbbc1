/**
 * What the body of a sign-in's 2xx answer says, where it is known (a HAR keeps it: HAR 1.2,
 * "content"; the extension never reads response bodies). A JSON login API that answers 200 to a wrong
 * password says so in its body (`{"ok": false}`, `{"success": false}`, `{"error": …}`, the shapes of
 * `res.json` handlers and of GraphQL's "errors" field, GraphQL over HTTP, "Response"); a page that shows a
 * password field again re-rendered the sign-in form (Django's `LoginView` answers 200 with the form and its
 * errors), while a page without one is what the sign-in led to. Anything else says nothing.
 */
export type AnswerBody = "failed" | "succeeded";

const SUCCESS_FLAGS = ["ok", "success", "succeeded", "authenticated", "loggedIn", "logged_in"];
const ERROR_FIELDS = ["error", "errors", "error_description"];
/** An `<input>` whose type is password (HTML, "The input element": the type attribute, any case). */
const PASSWORD_INPUT = /<input\b[^>]*\btype\s*=\s*["']?password\b/i;
const HTML_PAGE = /<(?:html|body|main|form|h1|p)\b/i;

function jsonSays(text: string): AnswerBody | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
	const body = value as Record<string, unknown>;
	for (const flag of SUCCESS_FLAGS) {
		if (body[flag] === false) return "failed";
		if (body[flag] === true) return "succeeded";
	}
	for (const field of ERROR_FIELDS) {
		const error = body[field];
		if (typeof error === "string" ? error !== "" : Array.isArray(error) ? error.length > 0 : !!error)
			return "failed";
	}
	return undefined;
}

function htmlSays(text: string): AnswerBody | undefined {
	if (PASSWORD_INPUT.test(text)) return "failed";
	return HTML_PAGE.test(text) ? "succeeded" : undefined;
}

/** The verdict of a 2xx answer's body, by its media type; undefined when the body says nothing. */
export function answerBodySays(
	mimeType: string | undefined,
	text: string | undefined,
): AnswerBody | undefined {
	if (!text || !mimeType) return undefined;
	if (/\bjson\b/i.test(mimeType)) return jsonSays(text);
	if (/\bhtml\b/i.test(mimeType)) return htmlSays(text);
	return undefined;
}
