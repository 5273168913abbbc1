/**
 * A session cookie that kept its value across a sign-in (docs/design.md, "Version 2"): an id the browser
 * held before signing in goes on to carry the login, so whoever planted it (a link, a subdomain, a shared
 * computer) shares the signed-in session. OWASP Session Management Cheat Sheet, "Renew the Session ID
 * After Any Privilege Level Change": "The session ID regeneration is mandatory to prevent session
 * fixation attacks"; OWASP Web Security Testing Guide, WSTG-SESS-03 "Testing for Session Fixation".
 *
 * Only when no other session cookie of the site was renewed or first set at the same sign-in
 * (RuleContext.sessionRenewedAtSignIn): a site whose login lives in a fresh `auth_token` may keep an
 * anonymous `sid` harmlessly. A cookie first set at the sign-in is fine. Medium when the sign-in's
 * success rests on a bare 2xx to a script (SignInFact.confirmed). The facts come from
 * AuditSubject.signIn; without them the rule is silent.
 */
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext, RuleHit } from "../rule.ts";

const SNIPPETS: Snippets = {
	Express: "req.session.regenerate((err) => { req.session.user = user.id; res.redirect('/') }) on sign-in",
	Django:
		"django.contrib.auth.login(request, user) (it calls request.session.cycle_key()); never log users in by setting session keys by hand",
	Rails:
		"reset_session before setting session[:user_id] (Devise does it: config.expire_all_remember_me_on_sign_out, sign_in)",
	"Laravel/PHP": "$request->session()->regenerate(); or session_regenerate_id(true) in plain PHP",
	Spring: "http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))",
	"ASP.NET Core":
		"await HttpContext.SignInAsync(principal) issues a new authentication cookie; never carry the login in the Session cookie",
	"Next.js":
		'issue a new session id in the sign-in Route Handler: cookies().set("sid", newId, { httpOnly: true, secure: true })',
};

const FIX = fixText(
	"Issue a new session id when the user signs in (and at every privilege change), invalidate the old one on the server, and accept only ids the server generated.",
	SNIPPETS,
);

function timeOf(ms: number): string {
	return new Date(ms).toISOString().slice(11, 19);
}

function check(ctx: RuleContext): RuleHit | undefined {
	const signIn = ctx.subject.signIn;
	if (signIn?.outcome !== "kept" || ctx.sessionRenewedAtSignIn) return undefined;
	const message = `session cookie \`${ctx.cookie.name}\` kept its value across the sign-in at ${timeOf(signIn.timeMs)} UTC (${signIn.by}): an id set before signing in carries the login, so whoever planted it shares the session`;
	if (signIn.confirmed !== false) return { message, fix: FIX };
	return {
		message: `${message} (that the sign-in worked is read from a 2xx answer to a script alone)`,
		fix: FIX,
		severity: "medium",
	};
}

export const sessionFixation: Rule = {
	id: "session-fixation",
	title: "Session id not renewed at sign-in",
	description:
		"A session cookie kept its value across a sign-in: the server did not issue a new id, so an id planted before the sign-in (session fixation) carries the login.",
	severities: { session: "high" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#renew-the-session-id-after-any-privilege-level-change",
	check,
};
