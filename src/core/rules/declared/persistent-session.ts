/**
 * OWASP Session Management Cheat Sheet, "Expire and Max-Age Attributes": a session cookie with an
 * expiry is written to disk and survives browser restarts; non-persistent cookies end with the browser.
 */
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

/** Built once: an audit asks for this fix on many cookies (`npm run bench`). */
const SNIPPETS: Snippets = {
	Express: "session({ cookie: { maxAge: null } })",
	Django: "SESSION_EXPIRE_AT_BROWSER_CLOSE = True",
	Rails: "session_store :cookie_store (without expire_after)",
	"Laravel/PHP": "'expire_on_close' => true in config/session.php; plain PHP: session.cookie_lifetime = 0",
	Spring: "leave server.servlet.session.cookie.max-age unset",
	"ASP.NET Core": "AuthenticationProperties { IsPersistent = false }",
	"Next.js": "cookies().set(name, value) without expires/maxAge",
};

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Omit Expires and Max-Age so the session ends with the browser; keep a server-side idle and absolute timeout. Use a separate remember-me token if needed.",
	SNIPPETS,
);

function check(ctx: RuleContext) {
	if (ctx.cookie.expirationDate === undefined) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} has an expiry, so it is stored on disk and survives a browser restart`,
		fix: FIX,
	};
}

export const persistentSession: Rule = {
	id: "persistent-session",
	title: "Persistent session cookie",
	description:
		"The session cookie has Expires or Max-Age: it is kept on disk and survives browser restarts, lengthening the window for theft on shared devices.",
	severities: { session: "low" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#expire-and-max-age-attributes",
	check,
};
