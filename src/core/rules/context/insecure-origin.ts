/**
 * OWASP Session Management Cheat Sheet, "Transport Layer Security": a page served over plain http can
 * be rewritten on the network (SSL stripping), so the whole session, including login, must use https.
 */
import { bareDomain, type Cookie } from "../../cookie.ts";
import { normalizeHost } from "../../site/host.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { isLocalHost, type PageUrl } from "./page-url.ts";

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

interface HttpPages {
	/** Host → the first plain-http page served by that host. */
	byHost: Map<string, PageUrl>;
	/** Domain → the first plain-http page whose host is the domain or one of its subdomains. */
	byDomain: Map<string, PageUrl>;
}

/**
 * The plain-http pages of an audit indexed once by host and by every parent domain of the host (keyed by
 * the pages array, which every cookie's context shares), so each cookie costs one lookup: linear in cookies
 * and pages together, where a HAR brings thousands of pages (`npm run bench`). Pages are taken in audit
 * order and only the first is kept, so a lookup answers the first page a cookie domain-matches
 * (RFC 6265bis §5.1.3).
 */
const httpPagesByAudit = new WeakMap<readonly PageUrl[], HttpPages>();

function indexHttpPages(pages: readonly PageUrl[]): HttpPages {
	const byHost = new Map<string, PageUrl>();
	const byDomain = new Map<string, PageUrl>();
	for (const page of pages) {
		if (page.scheme !== "http" || isLocalHost(page.host)) continue;
		if (!byHost.has(page.host)) byHost.set(page.host, page);
		for (let at = 0; at >= 0; ) {
			const domain = page.host.slice(at);
			if (!byDomain.has(domain)) byDomain.set(domain, page);
			const dot = page.host.indexOf(".", at);
			at = dot < 0 ? -1 : dot + 1;
		}
	}
	return { byHost, byDomain };
}

function firstHttpPage(pages: readonly PageUrl[], cookie: Cookie): PageUrl | undefined {
	let index = httpPagesByAudit.get(pages);
	if (!index) {
		index = indexHttpPages(pages);
		httpPagesByAudit.set(pages, index);
	}
	const domain = normalizeHost(bareDomain(cookie.domain));
	return (cookie.hostOnly ? index.byHost : index.byDomain).get(domain);
}

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Serve every page over https, redirect http to https and send Strict-Transport-Security (HSTS) so browsers never use http again.",
	SNIPPETS,
);

/** Flags cookies sent to (domain-matching) a page that was served over plain http, localhost excepted. */
function check(ctx: RuleContext) {
	if (ctx.pages.length === 0) return undefined;
	const page = firstHttpPage(ctx.pages, ctx.cookie);
	if (!page) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} is used by ${page.url}, served over plain http`,
		fix: FIX,
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
