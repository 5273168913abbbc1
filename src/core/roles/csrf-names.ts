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
 * web (`X-OWA-CANARY`, Microsoft, "Exchange Server cookies"), the "crumb" of hapi's crumb plugin
 * (@hapi/crumb README: "CSRF crumb generation and validation") and Squarespace, the form key of Magento
 * (`form_key`, Adobe Commerce "Cookies" reference) and a "form token" or "request token", the synchronizer
 * token of OWASP's CSRF Prevention Cheat Sheet ("Synchronizer Token Pattern") under the names forms and
 * requests give it. Inside longer words they mean something else.
 */
function wholeCsrfWord(name: string): string | undefined {
	const lower = name.toLowerCase();
	if (!HINTS.some((hint) => lower.includes(hint))) return undefined;
	const words = nameWords(name);
	for (const word of WHOLE) if (words.includes(word)) return SPOKEN[word] ?? word;
	// `form_key`, `formKey`, `form_token`, `Request-Token`: the two words in a row.
	for (let i = 0; i + 1 < words.length; i++) {
		const pair = `${words[i]}${words[i + 1]}`;
		if (PAIRS.includes(pair)) return SPOKEN[pair] ?? pair;
	}
	return undefined;
}

const WHOLE = ["canary", "crumb", "formkey", "formtoken", "requesttoken"];
const PAIRS = ["formkey", "formtoken", "requesttoken"];
const SPOKEN: Readonly<Record<string, string>> = {
	formkey: "form key",
	formtoken: "form token",
	requesttoken: "request token",
};
/** A name without one of these cannot hold the words: most names are not split at all (`npm run bench`). */
const HINTS = ["canary", "crumb", "form", "request"];
