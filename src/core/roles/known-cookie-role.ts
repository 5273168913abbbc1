/**
 * The role an Open Cookie Database entry implies (docs/design.md, "Roles"). Analytics and Marketing
 * cookies are not logins. A Security entry whose description is about cross-site request forgery is an
 * anti-CSRF token. A Functional, Security or Necessary entry is a session when its description says the
 * cookie carries a sign-in (LOGIN) and says nothing that puts it beside the sign-in instead (BESIDE_LOGIN).
 * Any other entry implies nothing, and the name and value decide. Upstream's Functional is "also known as
 * technical, essential or strictly necessary" (https://github.com/jkwakman/Open-Cookie-Database, README,
 * "Category Descriptions"), so sign-in cookies are filed there.
 *
 * "Session" alone does not count: most descriptions use it for a visit ("browsing session", "session
 * count", "Hotjar session") or for the lifetime ("a session cookie", "expires at the end of the session").
 * Only a session of a user or account, or a session id, key, token or hash, is a login.
 */
import type { KnownAs } from "./known-cookies.ts";
import type { RoleVerdict } from "./role-verdict.ts";

/** A verdict of known data: always "known". */
export type KnownRole = RoleVerdict & { readonly confidence: "known" };

/** Phrases that say the cookie holds or proves a sign-in, read as whole words, in any case. */
const LOGIN = new RegExp(
	[
		"log(?:s|ged|ging)?[ -]?ins?", // log in, logged in, logged-in, login, logins
		"sign(?:s|ed|ing)?[ -]?(?:in|on)", // sign in, signed-in, single sign-on
		"sso",
		"authenticat(?:e|es|ed|ion|ing)",
		"remember[ -]me",
		"(?:user|user's|users'|member|customer|admin|administrator|account|authentication|auth|login) sessions?",
		"session (?:id|identifier|key|token|hash|management)",
	]
		.map((phrase) => `\\b${phrase}\\b`)
		.join("|"),
	"i",
);

/**
 * Phrases that put the cookie beside a sign-in rather than carrying it, read from the start of a word:
 * a cookie about the sign-in but not the sign-in itself.
 */
const BESIDE_LOGIN = new RegExp(
	[
		"anonym", // anonymous visitors and their sessions
		"not (?:be )?(?:logged|authenticated|signed)",
		"redirect|return(?:ed)? to\\b|callback|destination|state\\b|nonce|code_verifier|transaction", // the flow
		"username|e-?mail address|log ?in (?:page|attempts?|provider)|device|checked\\b", // for the next sign-in
		"opt[- ]?out|fraud|failed\\b|bots?\\b|captcha|(?:two|multi)[- ]factor", // abuse checks, second factors
		"chat\\b|same server|preference|analytics|statistic|experiment|advertis", // widgets, affinity, tracking
	]
		.map((phrases) => `\\b(?:${phrases})`)
		.join("|"),
	"i",
);

/** Anti-CSRF wording; in a sign-in's description too, which csrf-names.ts and the name words then decide. */
const CSRF = /\b(?:csrf|xsrf|crsf)\b|cross[- ]site request forgery|anti-?forgery|\bforged\b/i;

function verdictFor(known: KnownAs): KnownRole | undefined {
	const { category, platform, description = "" } = known;
	if (category === "Analytics" || category === "Marketing") {
		return {
			role: "other",
			reason: `${category.toLowerCase()} cookie of ${platform} (Open Cookie Database)`,
			confidence: "known",
		};
	}
	if (category === "Personalization") return undefined;
	if (category === "Security" && CSRF.test(description)) {
		return {
			role: "csrf",
			reason: `anti-CSRF cookie of ${platform} (Open Cookie Database)`,
			confidence: "known",
		};
	}
	const login = LOGIN.exec(description)?.[0];
	if (login === undefined || BESIDE_LOGIN.test(description) || CSRF.test(description)) return undefined;
	return {
		role: "session",
		reason: `sign-in cookie of ${platform} (Open Cookie Database: "${login.toLowerCase()}")`,
		confidence: "known",
	};
}

/** One verdict per entry, as entries are shared and reasons are kept in every report (`npm run bench`). */
const verdicts = new WeakMap<KnownAs, KnownRole | null>();

/** The role this known cookie implies, if its category or description implies one. */
export function knownCookieRole(known: KnownAs): KnownRole | undefined {
	let verdict = verdicts.get(known);
	if (verdict === undefined) {
		verdict = verdictFor(known) ?? null;
		verdicts.set(known, verdict);
	}
	return verdict ?? undefined;
}
