/**
 * The audit entry point: classify every cookie, run every rule, score every site. Pure and
 * deterministic (`now` comes in with the input); linear in the number of cookies.
 */
import type { AuditInput, AuditSubject } from "../audit-input.ts";
import type { CookieReport, Finding, SiteReport } from "../report.ts";
import { classifyRole, type RoleContext } from "../roles/classify-role.ts";
import { knownCookie } from "../roles/known-cookies.ts";
import { buildJarFacts } from "../rules/context/jar-facts.ts";
import { type PageUrl, parsePageUrl } from "../rules/context/page-url.ts";
import { siteUsesHttps } from "../rules/context/site-uses-https.ts";
import type { JarFacts, RuleContext } from "../rules/rule.ts";
import { runRules } from "../rules/run-rules.ts";
import { scoreSite } from "../scoring/score-site.ts";
import { siteOf } from "../site/site-key.ts";
import { analyzeToken, type TokenAnalysis } from "../token/analyze-token.ts";
import { groupBySite } from "./group-by-site.ts";
import { knownAsReport } from "./known-as-report.ts";
import { toCookieReport } from "./to-cookie-report.ts";

export interface AuditOptions {
	/** Put cookie values into the report (docs/design.md, "Privacy": only when the user asks). */
	includeValues?: boolean;
}

interface SiteScope {
	site: string;
	input: AuditInput;
	pages: readonly PageUrl[];
	siteUsesHttps: boolean;
	jar: JarFacts;
	/** The names of the site's cookies, for companion cookies (RoleContext.siteNames). */
	names: ReadonlySet<string>;
	includeValues: boolean;
}

function memo(value: string): () => TokenAnalysis {
	let cached: TokenAnalysis | undefined;
	return () => {
		cached ??= analyzeToken(value);
		return cached;
	};
}

interface Classified {
	subject: AuditSubject;
	token: () => TokenAnalysis;
	known: ReturnType<typeof knownCookie>;
	verdict: ReturnType<typeof classifyRole>;
}

function classify(subject: AuditSubject, scope: SiteScope): Classified {
	const { cookie } = subject;
	const token = memo(cookie.value);
	const known = knownCookie(cookie.name, scope.site);
	// Optional fields set after the literal, not spread into it: a throw-away object per cookie otherwise.
	const context: RoleContext = { knownAs: known ?? null, siteNames: scope.names };
	if (subject.setBy) context.setBy = subject.setBy;
	const verdict = classifyRole(cookie, scope.site, scope.input.settings, token, context);
	return { subject, token, known, verdict };
}

/** The sign-ins (SignInFact.id) at which some session cookie of the site was renewed or first set. */
function signInsRenewingASession(classified: readonly Classified[]): ReadonlySet<string> {
	const ids = new Set<string>();
	for (const { subject, verdict } of classified) {
		const signIn = subject.signIn;
		if (signIn && verdict.role === "session" && (signIn.outcome === "renewed" || signIn.outcome === "new"))
			ids.add(signIn.id);
	}
	return ids;
}

function auditCookie(
	{ subject, token, known, verdict }: Classified,
	scope: SiteScope,
	renewing: ReadonlySet<string>,
): CookieReport {
	const { cookie } = subject;
	const { settings, now } = scope.input;
	const ctx: RuleContext = {
		subject,
		cookie,
		role: verdict.role,
		roleConfidence: verdict.confidence,
		site: scope.site,
		settings,
		now,
		pages: scope.pages,
		siteUsesHttps: scope.siteUsesHttps,
		token,
		jar: scope.jar,
	};
	// Set after the literal, not spread into it (see classify).
	if (scope.input.hsts) ctx.hsts = scope.input.hsts;
	if (subject.signIn) ctx.sessionRenewedAtSignIn = renewing.has(subject.signIn.id);
	const findings = runRules(ctx);
	const report = toCookieReport(
		cookie,
		verdict,
		findings,
		scope.includeValues,
		known && knownAsReport(known),
	);
	if (subject.sameSiteUnknown) report.sameSite = "unknown";
	return report;
}

/** The findings of all cookies, in one array built by push (flatMap showed in the bench's profile). */
function allFindings(cookies: readonly CookieReport[]): Finding[] {
	const all: Finding[] = [];
	for (const c of cookies) for (const f of c.findings) all.push(f);
	return all;
}

/** One SiteReport per site of the input's cookies, in order of first appearance. */
export function auditSites(input: AuditInput, options: AuditOptions = {}): SiteReport[] {
	const pages = input.pageUrls.flatMap((url) => parsePageUrl(url) ?? []);
	// Grouped once: a HAR brings thousands of page URLs, and each site needs only its own.
	const pagesBySite = new Map<string, PageUrl[]>();
	for (const page of pages) {
		const site = siteOf(page.host);
		const list = pagesBySite.get(site);
		if (list) list.push(page);
		else pagesBySite.set(site, [page]);
	}
	const reports: SiteReport[] = [];
	for (const [site, subjects] of groupBySite(input.subjects)) {
		const sitePages = pagesBySite.get(site) ?? [];
		const scope: SiteScope = {
			site,
			input,
			pages,
			siteUsesHttps: siteUsesHttps(
				sitePages,
				subjects.map((s) => s.cookie),
			),
			jar: buildJarFacts(
				subjects.map((s) => s.cookie),
				sitePages.map((p) => p.host),
			),
			names: new Set(subjects.map((s) => s.cookie.name)),
			includeValues: options.includeValues ?? false,
		};
		const classified = subjects.map((s) => classify(s, scope));
		const renewing = signInsRenewingASession(classified);
		const cookies = classified.map((c) => auditCookie(c, scope, renewing));
		const { score, grade } = scoreSite(allFindings(cookies));
		reports.push({ site, score, grade, cookies });
	}
	return reports;
}
