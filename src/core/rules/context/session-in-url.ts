/**
 * OWASP WSTG "Testing for Exposed Session Variables" and Session Management Cheat Sheet ("Session ID
 * Exchange Mechanism"): ids in URLs leak through history, logs, Referer and shared links.
 */
import { safeDecodeUri } from "../../token/envelope.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { pageUrlText } from "./page-url-text.ts";

/** Shorter values match by chance. */
const MIN_VALUE_LENGTH = 8;

/** Built once: an audit asks for this fix on many cookies (`npm run bench`). */
const SNIPPETS: Snippets = {
	Express: "do not read session ids from req.query",
	Django: "keep the session in the cookie (the default)",
	Rails: "never pass the session id as a parameter",
	"Laravel/PHP": "session.use_only_cookies = 1, session.use_trans_sid = 0",
	Spring: "server.servlet.session.tracking-modes=cookie",
	"ASP.NET Core": "no cookieless sessions; read tokens from cookies or the Authorization header",
	"Next.js": "do not put tokens in search params or route segments",
};

/**
 * True when encodeURIComponent leaves the value as it is and there is nothing to decode: only the
 * characters it never escapes (ECMA-262, "encodeURIComponent": the URI unreserved marks, letters, digits).
 */
function isUnescaped(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
		// - _ . ! ~ * ' ( )
		if (
			!alnum &&
			c !== 45 &&
			c !== 95 &&
			c !== 46 &&
			c !== 33 &&
			c !== 126 &&
			c !== 42 &&
			c !== 39 &&
			c !== 40 &&
			c !== 41
		)
			return false;
	}
	return true;
}

/** The value as stored, percent-decoded and percent-encoded, each once, of at least MIN_VALUE_LENGTH. */
function formsOf(value: string): string[] {
	// Nearly every id is letters, digits and a few marks: one form, and no new strings (`npm run bench`).
	if (isUnescaped(value)) return value.length >= MIN_VALUE_LENGTH ? [value] : [];
	return [...new Set([value, safeDecodeUri(value), encodeURIComponent(value)])].filter(
		(v) => v.length >= MIN_VALUE_LENGTH,
	);
}

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Accept the session id only from the cookie; never put it in URLs, and disable URL session rewriting.",
	SNIPPETS,
);

function check(ctx: RuleContext) {
	if (ctx.pages.length === 0) return undefined;
	const forms = formsOf(ctx.cookie.value);
	if (forms.length === 0) return undefined;
	const page = pageUrlText(ctx.pages).firstContaining(forms);
	if (!page) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)}: its value appears in the page URL ${page.host} (leaks via history, logs and Referer)`,
		fix: FIX,
	};
}

export const sessionInUrl: Rule = {
	id: "session-in-url",
	title: "Session id in the page URL",
	description:
		"The session cookie's value (at least 8 characters) appears in a page URL, where it leaks through history, logs, Referer headers and shared links.",
	severities: { session: "high" },
	helpUri:
		"https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/06-Session_Management_Testing/04-Testing_for_Exposed_Session_Variables",
	check,
};
