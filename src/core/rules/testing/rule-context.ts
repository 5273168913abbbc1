/** Builds rule contexts for rule tests: a hardened session cookie on https://app.example.com by default. */
import type {
	ForgeableFact,
	HeaderOrigin,
	HostHsts,
	SampleFact,
	SetBy,
	SignInFact,
	SignOutFact,
} from "../../audit-input.ts";
import type { Cookie } from "../../cookie.ts";
import type { Finding, Role } from "../../report.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../settings/settings.ts";
import { siteOf } from "../../site/site-key.ts";
import { analyzeToken } from "../../token/analyze-token.ts";
import { buildJarFacts } from "../context/jar-facts.ts";
import { parsePageUrl } from "../context/page-url.ts";
import { siteUsesHttps } from "../context/site-uses-https.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { runRules } from "../run-rules.ts";

export const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z

/** 32 bytes of hex: comfortably strong. */
export const STRONG = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

export function makeCookie(extra: Partial<Cookie> = {}): Cookie {
	return {
		name: "__Host-sid",
		value: STRONG,
		domain: "app.example.com",
		hostOnly: true,
		path: "/",
		secure: true,
		httpOnly: true,
		sameSite: "lax",
		session: true,
		...extra,
	};
}

export interface ContextOptions {
	role?: Role;
	header?: HeaderOrigin;
	pageUrls?: string[];
	settings?: Partial<Settings>;
	/** Other cookies of the same site (for duplicates and header size). */
	others?: Cookie[];
	setBy?: SetBy;
	hsts?: HostHsts[];
	signIn?: SignInFact;
	signOut?: SignOutFact;
	sample?: SampleFact;
	forgeable?: ForgeableFact;
	sessionRenewedAtSignIn?: boolean;
}

export function makeContext(cookie: Cookie, options: ContextOptions = {}): RuleContext {
	const site = siteOf(cookie.domain);
	const pages = (options.pageUrls ?? ["https://app.example.com/"]).flatMap((u) => parsePageUrl(u) ?? []);
	const sitePages = pages.filter((p) => siteOf(p.host) === site);
	return {
		subject: {
			cookie,
			...(options.header ? { header: options.header } : {}),
			...(options.setBy ? { setBy: options.setBy } : {}),
			...(options.signIn ? { signIn: options.signIn } : {}),
			...(options.signOut ? { signOut: options.signOut } : {}),
			...(options.sample ? { sample: options.sample } : {}),
			...(options.forgeable ? { forgeable: options.forgeable } : {}),
		},
		cookie,
		role: options.role ?? "session",
		site,
		settings: { ...DEFAULT_SETTINGS, ...options.settings },
		now: NOW,
		pages,
		siteUsesHttps: siteUsesHttps(sitePages, [cookie, ...(options.others ?? [])]),
		token: () => analyzeToken(cookie.value),
		jar: buildJarFacts(
			[cookie, ...(options.others ?? [])],
			sitePages.map((p) => p.host),
		),
		...(options.hsts ? { hsts: options.hsts } : {}),
		...(options.sessionRenewedAtSignIn !== undefined
			? { sessionRenewedAtSignIn: options.sessionRenewedAtSignIn }
			: {}),
	};
}

/** The finding of one rule on one cookie (through runRules, so role severities and settings apply). */
export function findingOf(rule: Rule, cookie: Cookie, options: ContextOptions = {}): Finding | undefined {
	return runRules(makeContext(cookie, options), [rule])[0];
}
