/**
 * Cookie prefixes (RFC 6265bis §4.1.3): a `__Host-` cookie must be Secure, host-only and Path=/,
 * a `__Secure-` cookie Secure; browsers enforce it, so a subdomain or an http page cannot plant or
 * overwrite it. Cheap defence in depth for session and anti-CSRF cookies.
 */
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
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

/**
 * The fix per prefix, built once: it says what to do and leaves the new name to the message, so one text
 * serves every finding. A text naming the cookie was a new string per finding, and in a 50,000-entry HAR's
 * JSON report a fifth of the bytes (`npm run bench`).
 */
const FIX: Record<Prefix, string> = {
	"__Host-": fixText(
		"Add the __Host- prefix to its name (Secure, Path=/, no Domain).",
		snippetsFor("__Host-"),
	),
	"__Secure-": fixText(
		"Add the __Secure- prefix to its name (Secure); drop Domain and use Path=/ to qualify for __Host-.",
		snippetsFor("__Secure-"),
	),
};

function check(ctx: RuleContext) {
	const { cookie } = ctx;
	if (PREFIXED.test(cookie.name)) return undefined;
	// Could be prefixed: already Secure, or its site is on https so Secure can be added.
	if (!cookie.secure && !ctx.siteUsesHttps) return undefined;
	const prefix: Prefix = cookie.hostOnly && cookie.path === "/" ? "__Host-" : "__Secure-";
	return {
		message: `${roleLabel(ctx.role, cookie)} could be named ${prefix}${cookie.name} so browsers enforce its attributes`,
		fix: FIX[prefix],
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
