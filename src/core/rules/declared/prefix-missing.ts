/**
 * Cookie prefixes (RFC 6265bis §4.1.3): a `__Host-` cookie must be Secure, host-only and Path=/,
 * a `__Secure-` cookie Secure; browsers enforce it, so a subdomain or an http page cannot plant or
 * overwrite it. Cheap defence in depth for session and anti-CSRF cookies.
 */
import { roleLabel } from "../describe-cookie.ts";
import { type Snippets, uncachedFixText } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

const PREFIXED = /^__(?:Host|Secure)-/i;

type Prefix = "__Host-" | "__Secure-";

function snippetsFor(prefix: Prefix): Snippets {
	return {
		Express: `session({ name: "${prefix}sid", cookie: { secure: true, path: "/" } })`,
		Django: `SESSION_COOKIE_NAME = "${prefix}sessionid"`,
		Rails: `session_store :cookie_store, key: "${prefix}app_session"`,
		"Laravel/PHP": `SESSION_COOKIE=${prefix}app_session (.env); plain PHP: session.name = ${prefix}SID`,
		Spring: `server.servlet.session.cookie.name=${prefix}SESSION`,
		"ASP.NET Core": `options.Cookie.Name = "${prefix}app"`,
		"Next.js": `NextAuth uses __Secure-/__Host- names when useSecureCookies is true`,
	};
}

/** Built once per prefix: the fix text names the cookie, so it is rebuilt for every finding (`npm run bench`). */
const SNIPPETS: Record<Prefix, Snippets> = {
	"__Host-": snippetsFor("__Host-"),
	"__Secure-": snippetsFor("__Secure-"),
};

function check(ctx: RuleContext) {
	const { cookie } = ctx;
	if (PREFIXED.test(cookie.name)) return undefined;
	// Could be prefixed: already Secure, or its site is on https so Secure can be added.
	if (!cookie.secure && !ctx.siteUsesHttps) return undefined;
	const prefix: Prefix = cookie.hostOnly && cookie.path === "/" ? "__Host-" : "__Secure-";
	return {
		message: `${roleLabel(ctx.role, cookie)} could be named ${prefix}${cookie.name} so browsers enforce its attributes`,
		fix: uncachedFixText(
			prefix === "__Host-"
				? `Rename it to ${prefix}${cookie.name} (Secure, Path=/, no Domain).`
				: `Rename it to ${prefix}${cookie.name} (Secure); drop Domain and use Path=/ to qualify for __Host-.`,
			SNIPPETS[prefix],
		),
	};
}

export const prefixMissing: Rule = {
	id: "prefix-missing",
	title: "Session cookie without __Host- or __Secure- prefix",
	description:
		"The cookie qualifies (or could qualify, on an https site) for a __Host- or __Secure- name prefix, which makes browsers refuse look-alike cookies from subdomains or http pages.",
	severities: { session: "low", csrf: "info" },
	helpUri: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#cookie_prefixes",
	check,
};
