/**
 * OWASP Session Management Cheat Sheet, "Domain and Path Attributes": a Domain attribute shares the
 * cookie with every subdomain (RFC 6265bis §5.7, Domain), so any subdomain, compromised or
 * user-controlled, receives it and can overwrite it (cookie tossing, RFC 6265bis §8.6).
 */
import { bareDomain } from "../../cookie.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

/** Built once: an audit asks for this fix on many cookies (`npm run bench`). */
const SNIPPETS: Snippets = {
	Express: "session({ cookie: { domain: undefined } })",
	Django: "SESSION_COOKIE_DOMAIN = None (the default)",
	Rails: "session_store :cookie_store, domain: nil",
	"Laravel/PHP": "SESSION_DOMAIN=null (.env); plain PHP: session.cookie_domain = ''",
	Spring: "do not set server.servlet.session.cookie.domain",
	"ASP.NET Core": "leave options.Cookie.Domain unset",
	"Next.js": "cookies().set(name, value) without domain",
};

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Omit the Domain attribute so the cookie stays with the host that set it (host-only).",
	SNIPPETS,
);

function check(ctx: RuleContext) {
	if (ctx.cookie.hostOnly) return undefined;
	const domain = bareDomain(ctx.cookie.domain);
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} has Domain=${domain} and is shared with every subdomain of ${domain}`,
		fix: FIX,
	};
}

export const broadDomain: Rule = {
	id: "broad-domain",
	title: "Cookie shared with all subdomains",
	description:
		"The cookie was set with a Domain attribute, so every subdomain receives it and can overwrite it; a host-only cookie stays with one host.",
	severities: { session: "medium", csrf: "low", other: "info" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#domain-and-path-attributes",
	check,
};
