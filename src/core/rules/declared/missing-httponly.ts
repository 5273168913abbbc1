/**
 * OWASP Session Management Cheat Sheet, "HttpOnly Attribute": without HttpOnly, any script on the page
 * (including injected XSS) can read `document.cookie` and steal the session. RFC 6265bis §5.7 (HttpOnly).
 */
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

/** Built once: an audit asks for this fix on many cookies (`npm run bench`). */
const SNIPPETS: Snippets = {
	Express: "session({ cookie: { httpOnly: true } }) (the default)",
	Django: "SESSION_COOKIE_HTTPONLY = True (the default)",
	Rails: "session_store :cookie_store, httponly: true (the default)",
	"Laravel/PHP": "'http_only' => true in config/session.php; plain PHP: session.cookie_httponly = 1",
	Spring: "server.servlet.session.cookie.http-only=true",
	"ASP.NET Core": "options.Cookie.HttpOnly = true",
	"Next.js": "cookies().set(name, value, { httpOnly: true })",
};

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Set the HttpOnly attribute (Set-Cookie: …; HttpOnly) unless scripts must read this cookie.",
	SNIPPETS,
);

function check(ctx: RuleContext) {
	if (ctx.cookie.httpOnly) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} has no HttpOnly attribute, so page scripts can read it`,
		fix: FIX,
	};
}

export const missingHttponly: Rule = {
	id: "missing-httponly",
	title: "Cookie readable by page scripts",
	description:
		"The cookie has no HttpOnly attribute: any script running on the page, including injected ones (XSS), can read and exfiltrate it.",
	// csrf: double-submit tokens are meant to be read by scripts (OWASP CSRF Prevention Cheat Sheet).
	severities: { session: "high", other: "info" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#httponly-attribute",
	check,
};
