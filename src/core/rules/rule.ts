/** The shape every rule file exports, and what a rule sees of a cookie and its surroundings. */
import type { AuditSubject, HostHsts } from "../audit-input.ts";
import type { Cookie } from "../cookie.ts";
import type { Role, RoleConfidence, Severity } from "../report.ts";
import type { Settings } from "../settings/settings.ts";
import type { TokenAnalysis } from "../token/analyze-token.ts";
import type { PageUrl } from "./context/page-url.ts";

/** A catalogue entry: the public, stable description of a rule (reports, SARIF, README). */
export interface RuleMeta {
	/** Stable public id (docs/design.md, "Rules"). */
	id: string;
	title: string;
	description: string;
	/** Severity per role; a role without one is not checked by this rule. */
	severities: Partial<Record<Role, Severity>>;
	helpUri?: string;
}

export interface RuleHit {
	message: string;
	fix?: string;
	/** Only for rules whose severity also depends on the evidence (weak-token); else the role's. */
	severity?: Severity;
}

/** A host whose request Cookie header would exceed the limit, and its size in bytes. */
export interface HostSize {
	host: string;
	bytes: number;
}

/** Facts about all audited cookies of the site, precomputed in linear time. */
export interface JarFacts {
	/**
	 * Copies of this cookie's name in the same store (other domain, path or partition): how many in all
	 * (this one included) and the first few others, for the message.
	 */
	duplicatesOf(cookie: Cookie): { total: number; others: readonly Cookie[] };
	/** The oversized host this cookie is the largest contributor to, if any. */
	oversizedHostOf(cookie: Cookie): HostSize | undefined;
}

export interface RuleContext {
	subject: AuditSubject;
	cookie: Cookie;
	role: Role;
	/** How sure the role is: a guessed session's findings are one severity lower (run-rules.ts). */
	roleConfidence?: RoleConfidence;
	/** Registrable domain of the cookie. */
	site: string;
	settings: Settings;
	/** Epoch seconds. */
	now: number;
	/** Every page URL of the audit, parsed. */
	pages: readonly PageUrl[];
	/** Some page of this site was served over https, or the jar holds a Secure cookie of it (site-uses-https.ts). */
	siteUsesHttps: boolean;
	/** Token analysis of the value, computed once on first use. */
	token(): TokenAnalysis;
	jar: JarFacts;
	/** HSTS per observed https host (AuditInput.hsts), shared by every cookie of the audit; absent when unobserved. */
	hsts?: readonly HostHsts[];
	/**
	 * Some session cookie of the site was renewed or first set at the sign-in of this cookie's
	 * `subject.signIn`: that one carries the login, so this one keeping its value is not fixation.
	 */
	sessionRenewedAtSignIn?: boolean;
}

export interface Rule extends RuleMeta {
	check(ctx: RuleContext): RuleHit | undefined;
}
