/**
 * The role of a cookie (docs/design.md, "Roles"): session, csrf or other, how sure that is, and a reason a
 * person understands naming the deciding signals. Known data decides first and is "known": the user's
 * overrides and patterns, framework session defaults, the Open Cookie Database (known-cookies.ts, with
 * known-cookie-overrides.ts), known anti-CSRF names, known non-session names. Without it the evidence of
 * the name's words, the value's shape, HttpOnly, the lifetime, the writer (server or page script) and
 * companion cookies is weighed (role-evidence.ts) and is "likely" or only a "guess".
 */
import type { Cookie } from "../cookie.ts";
import type { Settings } from "../settings/settings.ts";
import { siteOf } from "../site/site-key.ts";
import { analyzeToken, type TokenAnalysis } from "../token/analyze-token.ts";
import { findCsrf } from "./csrf-names.ts";
import { type FrameworkCookie, findFrameworkSession } from "./framework-names.ts";
import { knownCookieOverride } from "./known-cookie-overrides.ts";
import { knownCookieRole } from "./known-cookie-role.ts";
import { fromKnownCookie } from "./known-cookie-verdict.ts";
import { knownCookie } from "./known-cookies.ts";
import { matchesName } from "./name-pattern.ts";
import { sessionWordIn } from "./name-signals.ts";
import { findNonSession } from "./non-session-names.ts";
import { recordShape } from "./record-value.ts";
import { fromEvidence } from "./role-evidence.ts";
import type { RoleContext, RoleVerdict } from "./role-verdict.ts";
import { scriptReadableUuid } from "./visitor-id-value.ts";

export type { RoleConfidence, RoleContext, RoleVerdict } from "./role-verdict.ts";

function fromUser(cookie: Cookie, site: string, settings: Settings): RoleVerdict | undefined {
	if (settings.roleOverrides.length === 0 && settings.sessionPatterns.length === 0) return undefined;
	const applies = (s: string | undefined) => s === undefined || siteOf(s) === site;
	const overrides = settings.roleOverrides.filter((o) => applies(o.site) && matchesName(o.name, cookie.name));
	const override = overrides.find((o) => o.site !== undefined) ?? overrides[0];
	if (override) {
		const where = override.site === undefined ? "" : ` on ${override.site}`;
		return {
			role: override.role,
			reason: `your role override "${override.name}"${where}`,
			confidence: "known",
		};
	}
	const pattern = settings.sessionPatterns.find((p) => matchesName(p, cookie.name));
	if (pattern !== undefined)
		return { role: "session", reason: `matches your session pattern "${pattern}"`, confidence: "known" };
	return undefined;
}

/** A verdict by name, and whether the name is a framework default (which nothing but the user overrides). */
interface NameVerdict {
	readonly verdict: RoleVerdict;
	readonly framework: boolean;
	/** The framework entry is a pattern (`_<app>_session` of Rails), which other names can fit too. */
	readonly pattern: boolean;
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
	const framework = findFrameworkSession(name);
	const verdict = matchKnownNames(name, framework);
	if (!verdict) return undefined;
	const named = { verdict, framework: framework !== undefined, pattern: framework?.match instanceof RegExp };
	if (knownNames.size >= KNOWN_NAMES_LIMIT) knownNames.clear();
	knownNames.set(name, named);
	return named;
}

function matchKnownNames(name: string, framework: FrameworkCookie | undefined): RoleVerdict | undefined {
	if (framework && typeof framework.match === "string" && framework.match !== name) {
		return {
			role: "session",
			reason: `prefixed framework session cookie of ${framework.framework} (${name})`,
			confidence: "known",
		};
	}
	if (framework && typeof framework.match === "string") {
		return {
			role: "session",
			reason: `framework default session cookie of ${framework.framework} (${name})`,
			confidence: "known",
		};
	}
	const csrf = findCsrf(name);
	if (csrf) return { role: "csrf", reason: csrf.reason, confidence: csrf.known ? "known" : "likely" };
	const known = findNonSession(name);
	if (known) {
		const looksLike = sessionWordIn(name) ? "; its name only looks like a session" : "";
		return { role: "other", reason: `${known.category} (${known.product})${looksLike}`, confidence: "known" };
	}
	if (framework)
		return {
			role: "session",
			reason: `session cookie of ${framework.framework} (${name})`,
			confidence: "known",
		};
	return undefined;
}

/**
 * A name that only fits a framework's pattern is not that framework's session when its value is a record
 * of a visit (record-value.ts: `_parsely_session` fits Rails' `_<app>_session` but holds a URL) or a
 * random UUID scripts can read (visitor-id-value.ts: `_gd_session`), which no framework's session cookie
 * is: Rails' cookie store signs or encrypts its value (`<data>--<digest>`) and sets HttpOnly.
 */
function notALogin(cookie: Cookie): RoleVerdict | undefined {
	const record = recordShape(cookie.value);
	if (record !== undefined) return { role: "other", reason: record, confidence: "likely" };
	return scriptReadableUuid(cookie) ? PATTERN_UUID : undefined;
}

const PATTERN_UUID: RoleVerdict = {
	role: "other",
	reason:
		"name fits a framework's pattern, but the value is a random UUID scripts can read, as the ids analytics scripts mint are",
	confidence: "guess",
};

/**
 * Classifies a cookie. `site` is its registrable domain (siteOf), for site-limited overrides and data.
 * `analysis` may be passed when the caller already analysed the value.
 */
export function classifyRole(
	cookie: Cookie,
	site: string,
	settings: Settings,
	analysis?: () => TokenAnalysis,
	context: RoleContext = {},
): RoleVerdict {
	const named = fromKnownNames(cookie.name);
	const user = fromUser(cookie, site, settings);
	if (user) return user;
	// A platform's documented role for a name on its own site (known-cookie-overrides.ts) beats every
	// default, a framework's included: LinkedIn's JSESSIONID is its anti-CSRF token.
	const platform = knownCookieOverride(cookie.name, site);
	if (platform) return fromKnownCookie(cookie, platform) ?? platform;
	if (named?.framework) return named.pattern ? (notALogin(cookie) ?? named.verdict) : named.verdict;
	const knownAs =
		context.knownAs === undefined
			? (context.knownCookie ?? knownCookie)(cookie.name, site)
			: (context.knownAs ?? undefined);
	// A name our own lists know exactly beats an entry for the start of a name (`next-auth.` in the Open
	// Cookie Database covers `next-auth.csrf-token`, which is the anti-CSRF token).
	const exactFirst = knownAs?.prefix && named?.verdict.confidence === "known";
	return (
		(exactFirst ? named.verdict : undefined) ??
		fromKnownCookie(cookie, knownAs && knownCookieRole(knownAs)) ??
		named?.verdict ??
		fromEvidence(cookie, analysis ?? (() => analyzeToken(cookie.value)), context)
	);
}
