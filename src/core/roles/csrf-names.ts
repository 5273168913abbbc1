/**
 * Anti-CSRF cookies: readable by scripts on purpose (double-submit pattern, OWASP CSRF Prevention
 * Cheat Sheet, "Alternative: Using A Double-Submit Cookie Pattern"), so they get their own role.
 */

import { nameWords } from "./name-words.ts";

const KNOWN: ReadonlyArray<readonly [string | RegExp, string]> = [
	["csrftoken", "Django"],
	["XSRF-TOKEN", "Laravel / Angular"],
	[/^(?:__Host-)?next-auth\.csrf-token$/, "NextAuth.js"],
	[/^(?:__Host-)?authjs\.csrf-token$/, "Auth.js"],
	["_csrf", "csurf / Express"],
	["_xsrf", "Tornado"],
	["csrf_token", "Flask-WTF / generic"],
	["CSRF-TOKEN", "generic"],
	[/^\.AspNetCore\.Antiforgery\./, "ASP.NET Core"],
	["__RequestVerificationToken", "ASP.NET MVC"],
];

/**
 * Words that name an anti-CSRF token wherever they stand in the name: `csrf`/`xsrf` (OWASP CSRF
 * Prevention Cheat Sheet), `antiforgery` and `RequestVerificationToken` (ASP.NET, with per-application
 * suffixes such as `__RequestVerificationToken_L2FwcA2`).
 */
const CSRF_WORD = /csrf|xsrf|anti-?forgery|requestverificationtoken/i;

export interface CsrfName {
	reason: string;
	/** In the list of known names, or only by its words. */
	known: boolean;
}

/** A person-readable source when the name is a known or evidently anti-CSRF cookie. */
export function findCsrf(name: string): CsrfName | undefined {
	for (const [match, source] of KNOWN) {
		if (typeof match === "string" ? match === name : match.test(name))
			return { reason: `anti-CSRF token of ${source} (${name})`, known: true };
	}
	const word = CSRF_WORD.exec(name)?.[0];
	if (word !== undefined) return { reason: `anti-CSRF token (name contains "${word}")`, known: false };
	const whole = wholeCsrfWord(name);
	if (whole !== undefined) return { reason: `anti-CSRF token (name has the word "${whole}")`, known: false };
	return undefined;
}

/**
 * Words that name an anti-CSRF token only as whole words (name-words.ts): the "canary" of Outlook on the
 * web (`X-OWA-CANARY`, Microsoft, "Exchange Server cookies") and the form key of Magento (`form_key`,
 * Adobe Commerce "Cookies" reference). Inside longer words they mean something else.
 */
function wholeCsrfWord(name: string): string | undefined {
	const lower = name.toLowerCase();
	if (!lower.includes("canary") && !lower.includes("form")) return undefined;
	const words = nameWords(name);
	if (words.includes("canary")) return "canary";
	if (words.includes("formkey")) return "form_key";
	// `form_key`, `formKey`: the two words in a row.
	for (let i = 0; i + 1 < words.length; i++)
		if (words[i] === "form" && words[i + 1] === "key") return "form_key";
	return undefined;
}
