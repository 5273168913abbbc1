/**
 * OWASP Session Management Cheat Sheet, "Transport Layer Security": a page served over plain http can
 * be rewritten on the network (SSL stripping), so the whole session, including login, must use https.
 */
import type { Cookie } from "../../cookie.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { domainMatches, isLocalHost, type PageUrl } from "./page-url.ts";

/** Built once: an audit asks for this fix on many cookies (`npm run bench`). */
const SNIPPETS: Snippets = {
	Express: "app.use(helmet.hsts()); redirect http to https at the proxy",
	Django: "SECURE_SSL_REDIRECT = True; SECURE_HSTS_SECONDS = 31536000",
	Rails: "config.force_ssl = true (redirect + HSTS)",
	"Laravel/PHP": "URL::forceScheme('https') and HSTS at the web server",
	Spring:
		"http.requiresChannel(c -> c.anyRequest().requiresSecure()); headers().httpStrictTransportSecurity()",
	"ASP.NET Core": "app.UseHttpsRedirection(); app.UseHsts();",
	"Next.js": "headers(): Strict-Transport-Security: max-age=31536000; includeSubDomains",
};

/**
 * The first plain-http page per cookie domain, per audit (keyed by its pages array, which every cookie's
 * context shares): the answer depends only on the domain, and a HAR brings thousands of pages for
 * cookies that share a few domains (`npm run bench`). Only the audit's plain-http pages are searched,
 * listed once: most audits have none, and scanning all 50,000 pages of a HAR per cookie domain added up.
 */
const httpPagesByAudit = new WeakMap<
	readonly PageUrl[],
	{ httpPages: readonly PageUrl[]; byDomain: Map<string, PageUrl | null> }
>();

function firstHttpPage(pages: readonly PageUrl[], cookie: Cookie): PageUrl | undefined {
	let audit = httpPagesByAudit.get(pages);
	if (!audit) {
		const httpPages = pages.filter((p) => p.scheme === "http" && !isLocalHost(p.host));
		audit = { httpPages, byDomain: new Map() };
		httpPagesByAudit.set(pages, audit);
	}
	if (audit.httpPages.length === 0) return undefined;
	const key = `${cookie.hostOnly ? "host" : "domain"} ${cookie.domain}`;
	let page = audit.byDomain.get(key);
	if (page === undefined) {
		page = audit.httpPages.find((p) => domainMatches(cookie, p.host)) ?? null;
		audit.byDomain.set(key, page);
	}
	return page ?? undefined;
}

/** Flags cookies sent to (domain-matching) a page that was served over plain http, localhost excepted. */
function check(ctx: RuleContext) {
	if (ctx.pages.length === 0) return undefined;
	const page = firstHttpPage(ctx.pages, ctx.cookie);
	if (!page) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} is used by ${page.url}, served over plain http`,
		fix: fixText(
			"Serve every page over https, redirect http to https and send Strict-Transport-Security (HSTS) so browsers never use http again.",
			SNIPPETS,
		),
	};
}

export const insecureOrigin: Rule = {
	id: "insecure-origin",
	title: "Cookie used on a plain-http page",
	description:
		"A page that receives this cookie was served over plain http (not localhost): the page and the cookie can be read and changed on the network.",
	severities: { session: "high", csrf: "medium", other: "info" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#transport-layer-security",
	check,
};
