/**
 * A host the session cookie is sent to answered over https without a valid Strict-Transport-Security
 * (RFC 6797): the first visit by http:// (a typed name, an old link) can be stripped to plain http on the
 * network and the cookie read or planted there. OWASP HTTP Strict Transport Security Cheat Sheet; OWASP
 * Session Management Cheat Sheet, "Transport Layer Security". A host is covered by its own policy or by
 * a superdomain's policy with includeSubDomains (RFC 6797 §8.2). Only hosts whose https responses were
 * observed count (AuditInput.hsts): no observation, no finding. IP literals are never HSTS hosts
 * (RFC 6797 §8.1 step 1) and loopback hosts serve development, so both are left out.
 */
import type { HostHsts } from "../../audit-input.ts";
import { bareDomain } from "../../cookie.ts";
import { isIpHost, normalizeHost } from "../../site/host.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { isLocalHost } from "./page-url.ts";

const SNIPPETS: Snippets = {
	Express: "app.use(helmet.hsts({ maxAge: 31536000, includeSubDomains: true }))",
	Django: "SECURE_HSTS_SECONDS = 31536000; SECURE_HSTS_INCLUDE_SUBDOMAINS = True",
	Rails: "config.force_ssl = true; config.ssl_options = { hsts: { expires: 1.year, subdomains: true } }",
	"Laravel/PHP":
		'header("Strict-Transport-Security: max-age=31536000; includeSubDomains"); or at the web server',
	Spring:
		"http.headers(h -> h.httpStrictTransportSecurity(s -> s.maxAgeInSeconds(31536000).includeSubDomains(true)))",
	"ASP.NET Core":
		"builder.Services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = true; }); app.UseHsts();",
	"Next.js": "headers(): Strict-Transport-Security: max-age=31536000; includeSubDomains",
};

const FIX = fixText(
	"Send Strict-Transport-Security with a max-age of at least a year (max-age=31536000; includeSubDomains once every subdomain serves https) on every https response, so browsers never use plain http for the site again.",
	SNIPPETS,
);

/** Host → the first uncovered observed host at or under it (for domain cookies) or the host itself. */
interface Uncovered {
	byHost: Map<string, string>;
	byDomain: Map<string, string>;
}

/** Keyed by the audit's hsts array, which every cookie's context shares: built once, one lookup per cookie. */
const uncoveredByAudit = new WeakMap<readonly HostHsts[], Uncovered>();

/** The host's own policy, or a listed superdomain's with includeSubDomains (RFC 6797 §8.2). */
function isCovered(host: string, listed: Map<string, HostHsts>): boolean {
	if (listed.get(host)?.hsts) return true;
	for (let dot = host.indexOf("."); dot >= 0; dot = host.indexOf(".", dot + 1)) {
		const parent = listed.get(host.slice(dot + 1));
		if (parent?.hsts && parent.includeSubDomains) return true;
	}
	return false;
}

function indexUncovered(hosts: readonly HostHsts[]): Uncovered {
	const listed = new Map(hosts.map((h) => [normalizeHost(h.host), h] as const));
	const index: Uncovered = { byHost: new Map(), byDomain: new Map() };
	for (const host of listed.keys()) {
		if (isIpHost(host) || isLocalHost(host) || isCovered(host, listed)) continue;
		if (!index.byHost.has(host)) index.byHost.set(host, host);
		for (let at = 0; at >= 0; ) {
			const domain = host.slice(at);
			if (!index.byDomain.has(domain)) index.byDomain.set(domain, host);
			const dot = host.indexOf(".", at);
			at = dot < 0 ? -1 : dot + 1;
		}
	}
	return index;
}

function uncoveredHostOf(ctx: RuleContext): string | undefined {
	if (ctx.hsts === undefined || ctx.hsts.length === 0) return undefined;
	let index = uncoveredByAudit.get(ctx.hsts);
	if (!index) {
		index = indexUncovered(ctx.hsts);
		uncoveredByAudit.set(ctx.hsts, index);
	}
	const domain = normalizeHost(bareDomain(ctx.cookie.domain));
	return (ctx.cookie.hostOnly ? index.byHost : index.byDomain).get(domain);
}

/** Flags cookies sent to an observed https host that no valid HSTS policy covers. */
function check(ctx: RuleContext) {
	const host = uncoveredHostOf(ctx);
	if (host === undefined) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} is sent to https://${host}, which answered without a valid Strict-Transport-Security header`,
		fix: FIX,
	};
}

export const missingHsts: Rule = {
	id: "missing-hsts",
	title: "Site without HSTS",
	description:
		"A host that receives this cookie answers over https without a valid Strict-Transport-Security header (max-age above 0, its own or a parent's with includeSubDomains): a first visit over plain http can be intercepted.",
	severities: { session: "medium", csrf: "low" },
	helpUri: "https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Strict_Transport_Security_Cheat_Sheet.html",
	check,
};
