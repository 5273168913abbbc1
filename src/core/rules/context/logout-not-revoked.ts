/**
 * A session that still signed the user in after they signed out (docs/design.md, "Version 2"): the sign-out
 * test restored the signed-out session's cookie, reloaded the page, the server answered normally with the
 * id kept and the user confirmed the page showed them signed in. The logout only deleted the cookie in the
 * browser; anyone holding a copy (a stolen cookie, a shared computer, a proxy log) keeps the session.
 * OWASP Session Management Cheat Sheet, "Manual Session Expiration": the session must be invalidated "on
 * the server side"; OWASP WSTG-SESS-06 "Testing for Logout Functionality". The facts come from
 * AuditSubject.signOut; without them the rule is silent.
 */
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext, RuleHit } from "../rule.ts";

const SNIPPETS: Snippets = {
	Express: "req.session.destroy((err) => res.clearCookie('connect.sid').redirect('/'))",
	Django: "django.contrib.auth.logout(request) (it flushes the session from the session store)",
	Rails:
		"reset_session in the sign-out action (Devise: sign_out); with the cookie store, keep a server-side session version to revoke",
	"Laravel/PHP": "Auth::logout(); $request->session()->invalidate(); or session_destroy() in plain PHP",
	Spring: 'http.logout(l -> l.invalidateHttpSession(true).deleteCookies("JSESSIONID"))',
	"ASP.NET Core":
		"await HttpContext.SignOutAsync(); with cookie authentication also validate a security stamp (OnValidatePrincipal) so old cookies stop working",
	"Next.js": 'delete the session from your store in the sign-out Route Handler, then cookies().delete("sid")',
};

const FIX = fixText(
	"Invalidate the session on the server when the user signs out (delete it from the session store, or bump a per-user session version a stateless token is checked against); clearing the cookie in the browser is not enough.",
	SNIPPETS,
);

function timeOf(ms: number): string {
	return new Date(ms).toISOString().slice(11, 19);
}

function check(ctx: RuleContext): RuleHit | undefined {
	const signOut = ctx.subject.signOut;
	if (!signOut) return undefined;
	return {
		message: `session cookie \`${ctx.cookie.name}\` still signed you in after the sign-out at ${timeOf(signOut.timeMs)} UTC: restored and reloaded, the server answered ${signOut.answer} and kept it, so the logout did not end the session on the server`,
		fix: FIX,
	};
}

export const logoutNotRevoked: Rule = {
	id: "logout-not-revoked",
	title: "Session still valid after sign-out",
	description:
		"A session cookie restored after the user signed out was still accepted by the server: the logout cleared the browser's cookie but did not invalidate the session on the server.",
	severities: { session: "high" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#manual-session-expiration",
	check,
};
