/**
 * A cookie written by a page script (document.cookie, CookieStore) instead of a Set-Cookie: a "non-HTTP"
 * API can never set HttpOnly (RFC 6265bis draft-ietf-httpbis-rfc6265bis-20 §5.7: such a cookie with
 * the http-only-flag is ignored), so the value is readable by every script of the page, an XSS payload
 * included. OWASP Session Management Cheat Sheet, "HttpOnly Attribute": HttpOnly on the session ID is
 * "mandatory to prevent session ID stealing through XSS attacks"; and "Session ID Generation and
 * Verification: Permissive and Strict Session Management": only ids the server generated are accepted.
 *
 * Severity for a session cookie: high when the script wrote a value of its own (the token went through
 * JavaScript and the server lets the client choose it); medium when it rewrote the value an observed
 * Set-Cookie had issued (a script refreshing the lifetime, say): the token came from the server, but the
 * rewrite left it readable. The facts come from AuditSubject.setBy; without them the rule is silent.
 */
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext, RuleHit } from "../rule.ts";

const SNIPPETS: Snippets = {
	Express: 'res.cookie("sid", token, { httpOnly: true, secure: true, sameSite: "lax" })',
	Django: 'response.set_cookie("sid", token, httponly=True, secure=True, samesite="Lax")',
	Rails: "cookies.encrypted[:sid] = { value: token, httponly: true, secure: true, same_site: :lax }",
	"Laravel/PHP": 'setcookie("sid", $token, ["httponly" => true, "secure" => true, "samesite" => "Lax"]);',
	Spring: 'ResponseCookie.from("sid", token).httpOnly(true).secure(true).sameSite("Lax").build()',
	"ASP.NET Core":
		'Response.Cookies.Append("sid", token, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax });',
	"Next.js":
		'cookies().set("sid", token, { httpOnly: true, secure: true, sameSite: "lax" }) in a Route Handler',
};

const FIX = fixText(
	"Set the cookie from the server with a Set-Cookie header carrying HttpOnly, Secure and SameSite, and stop writing it from JavaScript (document.cookie, CookieStore); let the server refresh it, and accept only session ids the server generated.",
	SNIPPETS,
);

/** Flags cookies whose current value a page script wrote, as the extension observed. */
function check(ctx: RuleContext): RuleHit | undefined {
	const setBy = ctx.subject.setBy;
	if (setBy?.writer !== "script") return undefined;
	const label = roleLabel(ctx.role, ctx.cookie);
	if (setBy.serverIssuedValue) {
		return {
			message: `${label} was rewritten by a page script with the value the server issued: a script-written cookie can never be HttpOnly`,
			fix: FIX,
			...(ctx.role === "session" ? { severity: "medium" as const } : {}),
		};
	}
	return {
		message: `${label} was written by a page script (document.cookie or CookieStore), not by a Set-Cookie: it can never be HttpOnly`,
		fix: FIX,
	};
}

export const setByScript: Rule = {
	id: "set-by-script",
	title: "Cookie written by a page script",
	description:
		"The cookie appeared or changed with no matching Set-Cookie in an observed response (document.cookie, CookieStore): a script-written cookie can never be HttpOnly, so every script of the page can read it.",
	severities: { session: "high", other: "info" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#httponly-attribute",
	check,
};
