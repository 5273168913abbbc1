/**
 * OWASP Session Management Cheat Sheet, "Session ID Name Fingerprinting": default names such as
 * PHPSESSID or JSESSIONID tell an attacker which stack runs the site.
 */
import { findFrameworkSession } from "../../roles/framework-names.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

/** Built once: an audit asks for this fix on many cookies (`npm run bench`). */
const SNIPPETS: Snippets = {
	Express: 'session({ name: "__Host-id" })',
	Django: 'SESSION_COOKIE_NAME = "__Host-id"',
	Rails: 'session_store :cookie_store, key: "__Host-id"',
	"Laravel/PHP": "SESSION_COOKIE=__Host-id (.env); plain PHP: session.name = __Host-id",
	Spring: "server.servlet.session.cookie.name=__Host-id",
	"ASP.NET Core": 'options.Cookie.Name = "__Host-id"',
	"Next.js": 'NextAuth cookies: { sessionToken: { name: "__Host-id", options } }',
};

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText("Give the session cookie a neutral name such as __Host-id.", SNIPPETS);

function check(ctx: RuleContext) {
	const framework = findFrameworkSession(ctx.cookie.name);
	if (!framework?.fingerprint) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} uses the default name of ${framework.framework}, which fingerprints the stack`,
		fix: FIX,
	};
}

export const defaultSessionName: Rule = {
	id: "default-session-name",
	title: "Framework default session cookie name",
	description:
		"The session cookie keeps its framework's default name (PHPSESSID, JSESSIONID, ASP.NET_SessionId, connect.sid …), which tells attackers the stack.",
	severities: { session: "info" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-name-fingerprinting",
	check,
};
