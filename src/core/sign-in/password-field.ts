/**
 * Whether a request body carries a password, by the name of a field only: the value is looked at only
 * to see that it is not empty, and never kept (docs/privacy.md). The names are the frameworks' own
 * defaults and their shapes: `password` (Django's AuthenticationForm, Spring Security's formLogin,
 * Laravel), `user[password]` (Rails Devise), `j_password` (Jakarta EE FORM authentication, servlet
 * specification §13.6.3), `pwd` (WordPress wp-login.php), `Passwd`, `passphrase`, and sign-up or
 * change forms (`password1`, `new_password`, `current_password`): a password change is a privilege
 * change too (OWASP Session Management Cheat Sheet, "Renew the Session ID After Any Privilege Level
 * Change").
 */
import { nameWords } from "../roles/name-words.ts";

/** A request body as webRequest (formData, or raw bytes decoded as text) or a HAR's postData gives it. */
export interface RequestBody {
	/** Parsed form fields: urlencoded and multipart bodies (MDN, webRequest.onBeforeRequest, requestBody). */
	formData?: Readonly<Record<string, readonly string[] | string>>;
	/** The raw body as text: JSON, or urlencoded when the browser did not parse it. */
	text?: string;
}

const PASSWORD_WORDS = new Set(["password", "passwd", "passphrase", "pwd", "pass", "passcode"]);

/** How deep a JSON body is searched: login payloads nest a level or two (`{user: {password}}`, GraphQL `variables`). */
const MAX_DEPTH = 4;
/** Bodies larger than this are not parsed: a sign-in is small, an upload is not one. */
export const MAX_BODY_CHARS = 65_536;

/** `user[password]` → user·password; a trailing digit is a numbered copy (`password1`, `new_password2`). */
export function isPasswordName(name: string): boolean {
	return nameWords(name).some((word) => PASSWORD_WORDS.has(word.replace(/\d+$/, "")));
}

function inJson(value: unknown, depth: number): string | undefined {
	if (depth > MAX_DEPTH || value === null || typeof value !== "object") return undefined;
	for (const [key, child] of Object.entries(value)) {
		if (typeof child === "string" && child !== "" && isPasswordName(key)) return key;
		const found = inJson(child, depth + 1);
		if (found) return found;
	}
	return undefined;
}

function inForm(fields: Iterable<[string, readonly string[] | string]>): string | undefined {
	for (const [name, values] of fields) {
		const filled = typeof values === "string" ? values !== "" : values.some((v) => v !== "");
		if (filled && isPasswordName(name)) return name;
	}
	return undefined;
}

function jsonOf(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** The name of the first filled password field of the body, or undefined. */
export function passwordFieldOf(body: RequestBody): string | undefined {
	if (body.formData) {
		const found = inForm(Object.entries(body.formData));
		if (found) return found;
	}
	const text = body.text?.trim();
	if (!text || text.length > MAX_BODY_CHARS) return undefined;
	if (text.startsWith("{") || text.startsWith("[")) return inJson(jsonOf(text), 0);
	return inForm(new URLSearchParams(text).entries());
}
