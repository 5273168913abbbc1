/**
 * The role of a cookie (docs/design.md, "Roles"): session, csrf or other, each with a reason a person
 * understands. Signals, strongest first: the user's overrides and patterns, known framework session
 * names, the Open Cookie Database (known-cookies.ts, with known-cookie-overrides.ts), known anti-CSRF names,
 * known non-session names, name words, value shape.
 */
import type { Cookie } from "../cookie.ts";
import type { Role } from "../report.ts";
import type { Settings } from "../settings/settings.ts";
import { siteOf } from "../site/site-key.ts";
import { analyzeToken, type TokenAnalysis } from "../token/analyze-token.ts";
import { findCsrf } from "./csrf-names.ts";
import { findFrameworkSession } from "./framework-names.ts";
import { fromKnownCookie } from "./known-cookie-verdict.ts";
import { matchesName } from "./name-pattern.ts";
import { benignWordIn, isFlagValue, sessionWordIn } from "./name-signals.ts";
import { findNonSession } from "./non-session-names.ts";

/** Shared between cookies of the same name (see knownNames), so never changed once made. */
export interface RoleVerdict {
	readonly role: Role;
	readonly reason: string;
}

/** Below this an unnamed random value is more likely a visitor id than a login. */
const OPAQUE_SESSION_BITS = 100;

function fromUser(cookie: Cookie, site: string, settings: Settings): RoleVerdict | undefined {
	if (settings.roleOverrides.length === 0 && settings.sessionPatterns.length === 0) return undefined;
	const applies = (s: string | undefined) => s === undefined || siteOf(s) === site;
	const overrides = settings.roleOverrides.filter((o) => applies(o.site) && matchesName(o.name, cookie.name));
	const override = overrides.find((o) => o.site !== undefined) ?? overrides[0];
	if (override) {
		const where = override.site === undefined ? "" : ` on ${override.site}`;
		return { role: override.role, reason: `your role override "${override.name}"${where}` };
	}
	const pattern = settings.sessionPatterns.find((p) => matchesName(p, cookie.name));
	if (pattern !== undefined) return { role: "session", reason: `matches your session pattern "${pattern}"` };
	return undefined;
}

/** A verdict by name, and whether the name is a framework default (which nothing but the user overrides). */
interface NameVerdict {
	readonly verdict: RoleVerdict;
	readonly framework: boolean;
}

/**
 * Verdicts by name: the same known names (`_ga`, `sessionid` …) recur on every site, and matching one
 * against the ~70 known-name patterns was a large part of classifying (`npm run bench`). Only known names
 * are kept: other names are mostly one-offs, and storing each cost more than matching it again. Bounded,
 * as pattern families (`_ga_<id>`) are unbounded.
 */
const knownNames = new Map<string, NameVerdict>();
const KNOWN_NAMES_LIMIT = 10_000;

function fromKnownNames(name: string): NameVerdict | undefined {
	const cached = knownNames.get(name);
	if (cached !== undefined) return cached;
	const verdict = matchKnownNames(name);
	if (!verdict) return undefined;
	const named = { verdict, framework: findFrameworkSession(name) !== undefined };
	if (knownNames.size >= KNOWN_NAMES_LIMIT) knownNames.clear();
	knownNames.set(name, named);
	return named;
}

function matchKnownNames(name: string): RoleVerdict | undefined {
	const framework = findFrameworkSession(name);
	if (framework && typeof framework.match === "string" && framework.match !== name) {
		return {
			role: "session",
			reason: `prefixed framework session cookie of ${framework.framework} (${name})`,
		};
	}
	if (framework && typeof framework.match === "string") {
		return {
			role: "session",
			reason: `framework default session cookie of ${framework.framework} (${name})`,
		};
	}
	const csrf = findCsrf(name);
	if (csrf) return { role: "csrf", reason: csrf };
	const known = findNonSession(name);
	if (known) {
		const looksLike = sessionWordIn(name) ? "; its name only looks like a session" : "";
		return { role: "other", reason: `${known.category} (${known.product})${looksLike}` };
	}
	if (framework) return { role: "session", reason: `session cookie of ${framework.framework} (${name})` };
	return undefined;
}

function fromNameWords(cookie: Cookie): RoleVerdict | undefined {
	const word = sessionWordIn(cookie.name);
	if (word === undefined) return undefined;
	if (isFlagValue(cookie.value)) {
		return { role: "other", reason: `name contains "${word}" but the value is a flag, not a token` };
	}
	const benign = benignWordIn(cookie.name);
	if (benign)
		return { role: "other", reason: `name contains "${word}" but describes a ${benign}, not a login` };
	return { role: "session", reason: nameWordReason(word) };
}

/**
 * `name contains "sess"`, one string per word: most session cookies of an audit are classified by a few
 * words, and every report keeps its reason (`npm run bench`). Bounded, as words are parts of names.
 */
const wordReasons = new Map<string, string>();
const WORD_REASONS_LIMIT = 1_000;

function nameWordReason(word: string): string {
	let reason = wordReasons.get(word);
	if (reason === undefined) {
		if (wordReasons.size >= WORD_REASONS_LIMIT) wordReasons.clear();
		reason = `name contains "${word}"`;
		wordReasons.set(word, reason);
	}
	return reason;
}

function fromValueShape(cookie: Cookie, analysis: TokenAnalysis): RoleVerdict | undefined {
	if (benignWordIn(cookie.name)) return undefined;
	if (analysis.kind === "jwe") return { role: "session", reason: "value is an encrypted token (JWE)" };
	const jwt = analysis.jwts[0];
	if (analysis.kind === "jws" && jwt?.kind === "jws" && (jwt.claims.sub ?? jwt.claims.exp) !== undefined) {
		return { role: "session", reason: "value is a JWT with subject or expiry claims" };
	}
	const { bits, length } = analysis.entropy;
	if (analysis.kind === "opaque" && !analysis.weakness && bits >= OPAQUE_SESSION_BITS && length >= 20) {
		return { role: "session", reason: `value is an opaque random token (about ${bits} bits); unknown name` };
	}
	return undefined;
}

/**
 * Classifies a cookie. `site` is its registrable domain (siteOf), for site-limited overrides.
 * `analysis` may be passed when the caller already analysed the value.
 */
export function classifyRole(
	cookie: Cookie,
	site: string,
	settings: Settings,
	analysis?: () => TokenAnalysis,
): RoleVerdict {
	const named = fromKnownNames(cookie.name);
	return (
		fromUser(cookie, site, settings) ??
		(named?.framework ? named.verdict : undefined) ??
		fromKnownCookie(cookie, site) ??
		named?.verdict ??
		fromNameWords(cookie) ??
		fromValueShape(cookie, analysis ? analysis() : analyzeToken(cookie.value)) ?? {
			role: "other",
			reason: "no session signal: unknown name and the value does not look like a token",
		}
	);
}
