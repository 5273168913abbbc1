/**
 * OWASP Session Management Cheat Sheet, "Secure Attribute": without Secure the cookie is sent over
 * plain http, where anyone on the network reads it. RFC 6265bis §5.7 (Secure) and §8.6.
 */
import { bareDomain } from "../../cookie.ts";
import type { Role } from "../../report.ts";
import { isLocalHost } from "../context/page-url.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

const SESSION: Snippets = {
	Express: 'app.set("trust proxy", 1); session({ cookie: { secure: true } })',
	Django: "SESSION_COOKIE_SECURE = True",
	Rails: "config.force_ssl = true",
	"Laravel/PHP": "SESSION_SECURE_COOKIE=true (.env); plain PHP: session.cookie_secure = 1",
	Spring: "server.servlet.session.cookie.secure=true",
	"ASP.NET Core": "options.Cookie.SecurePolicy = CookieSecurePolicy.Always",
	"Next.js": "cookies().set(name, value, { secure: true }); NextAuth: useSecureCookies: true",
};

const CSRF: Snippets = {
	Express: "csrf cookie options: { secure: true }",
	Django: "CSRF_COOKIE_SECURE = True",
	Rails: "config.force_ssl = true",
	"Laravel/PHP": "SESSION_SECURE_COOKIE=true (.env; also covers XSRF-TOKEN)",
	Spring: "CookieCsrfTokenRepository: setCookieCustomizer(c -> c.secure(true))",
	"ASP.NET Core": "services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always)",
};

const SNIPPETS: Record<Role, Snippets> = { session: SESSION, csrf: CSRF, other: {} };

const fixFor = (role: Role) =>
	fixText(
		"Set the Secure attribute (Set-Cookie: …; Secure) and serve the site over https only.",
		SNIPPETS[role],
		`missing-secure ${role}`,
	);

/** Built once per role: the same text for every finding of the role (`npm run bench`). */
const FIX: Record<Role, string> = {
	session: fixFor("session"),
	csrf: fixFor("csrf"),
	other: fixFor("other"),
};

/** Flags cookies without Secure unless they belong to a localhost-only http site. */
function check(ctx: RuleContext) {
	const { cookie, role } = ctx;
	if (cookie.secure) return undefined;
	if (!ctx.siteUsesHttps && isLocalHost(bareDomain(cookie.domain))) return undefined;
	return {
		message: `${roleLabel(role, cookie)} has no Secure attribute, so it is also sent over plain http`,
		fix: FIX[role],
	};
}

export const missingSecure: Rule = {
	id: "missing-secure",
	title: "Cookie without Secure",
	description:
		"The cookie has no Secure attribute although its site uses https or is not localhost: it can be sent over plain http and read on the network.",
	severities: { session: "high", csrf: "medium", other: "low" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#secure-attribute",
	check,
};
