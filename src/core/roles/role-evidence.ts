/**
 * The role of a cookie no known data names, from the evidence (docs/design.md, "Roles"): the words of its
 * name, the shape of its value, HttpOnly, its lifetime, who wrote it and its companion cookies.
 *
 * - A session word standing as a word (name-words.ts) is likely a login; buried inside a longer word it is
 *   only a guess, unless the cookie is HttpOnly, which page scripts' own ids never are.
 * - A value that is a record of a visit (record-value.ts: a URL, name=value fields, little but a time) or
 *   shaped like a visitor id (visitor-id-value.ts) is not a login, whatever the name says; nor is a cookie
 *   whose name says it holds other data (name-signals.ts: visitor, consent, affinity, redirect …).
 * - A random value under an unknown name is what a login looks like, and also every ad, analytics, A/B,
 *   bot-management and load-balancer id. A login is meant to be HttpOnly and to end with the browser
 *   session (OWASP Session Management Cheat Sheet, "Cookies": HttpOnly, and "non-persistent cookies" for
 *   session management); a visitor id is meant to outlive it and is read by the tag that wrote it. So a
 *   random value is a session guess when HttpOnly or kept for the browser session only, and otherwise an
 *   "other" guess. A missing HttpOnly alone never says "not a session": careless sites send their
 *   logins without it, under names the words above catch.
 * - A random value written by page script (document.cookie, the CookieStore API) under an unknown name is
 *   a visitor id, and so is one under a session word beside a vendor's word: a login is set by the
 *   server's response. A name of login words only (`auth_token`), or a JWT naming a user, stays a session
 *   when a script wrote it: single-page apps keep their tokens so.
 * - A session word among other words (`taboola_session_id`) in a cookie scripts can read is only a
 *   session guess: vendors name their visit ids so.
 * - A random UUID that scripts can read is the id an analytics or chat script minted in the browser.
 * - A companion `<name>.sig` cookie is the keygrip signature cookie-session and Koa write beside a signed
 *   session (keygrip README; cookie-session README, "Cookie Options": `signed`).
 */
import type { Cookie } from "../cookie.ts";
import type { TokenAnalysis } from "../token/analyze-token.ts";
import { benignWordIn, isFlagValue } from "./name-signals.ts";
import { findWord, nameWords } from "./name-words.ts";
import { recordShape } from "./record-value.ts";
import type { RoleConfidence, RoleContext, RoleVerdict } from "./role-verdict.ts";
import { scriptReadableUuid, visitorIdShape } from "./visitor-id-value.ts";

/** Below this an unnamed random value is more likely a short visitor or A/B id than a login. */
const OPAQUE_SESSION_BITS = 100;

/**
 * Words of login cookies, longest first (name-words.ts): OWASP Session Management Cheat Sheet, "Session
 * ID Name Fingerprinting" (PHPSESSID, JSESSIONID …), and what mozilla/http-observatory treats as session
 * cookies ("session", "sess", "sid", "login", "token").
 */
const SESSION_WORDS = [
	"sessionid",
	"session",
	"sessid",
	"remember",
	"identity",
	"logged",
	"login",
	"token",
	"sess",
	"auth",
	"jwt",
	"sso",
	"sid",
];

/** Reasons are kept in every report: one string per distinct reason (`npm run bench`). Bounded. */
const reasons = new Map<string, RoleVerdict>();
const REASONS_LIMIT = 1_000;

function verdict(role: RoleVerdict["role"], reason: string, confidence: RoleConfidence): RoleVerdict {
	const key = `${role} ${confidence} ${reason}`;
	let found = reasons.get(key);
	if (found === undefined) {
		if (reasons.size >= REASONS_LIMIT) reasons.clear();
		found = { role, reason, confidence };
		reasons.set(key, found);
	}
	return found;
}

/**
 * Verdicts by what their reason is built from (a word, a number of bits), one table per kind of reason:
 * looked up without building the reason and its key first, which per cookie was a large part of
 * classifying (`npm run bench`). Each table holds what `verdict` would give; bounded like it.
 */
class VerdictTable<K> {
	private readonly made = new Map<K, RoleVerdict>();
	constructor(private readonly make: (key: K) => RoleVerdict) {}
	get(key: K): RoleVerdict {
		let found = this.made.get(key);
		if (found === undefined) {
			if (this.made.size >= REASONS_LIMIT) this.made.clear();
			found = this.make(key);
			this.made.set(key, found);
		}
		return found;
	}
}

const byScript = (context: RoleContext) => context.setBy?.writer === "script";

const FLAG = new VerdictTable((word: string) =>
	verdict("other", `name contains "${word}" but the value is a flag, not a token`, "likely"),
);
const WHOLE_WORD = new VerdictTable((word: string) =>
	verdict("session", `name has the word "${word}"`, "likely"),
);
const INSIDE_HTTP_ONLY = new VerdictTable((word: string) =>
	verdict("session", `name contains "${word}" inside a word; HttpOnly`, "likely"),
);
/**
 * A session word beside a word of its own (`taboola_session_id`, `compass_sid`) in a cookie scripts can
 * read: analytics, ad and chat vendors name their visit ids so, and keep them readable for their scripts,
 * while a login is meant to be HttpOnly (OWASP Session Management Cheat Sheet, "Cookies"). Still a
 * session, since careless sites send their logins without HttpOnly (`CGISESSID` of Perl's CGI::Session),
 * but a guess: its findings are one severity lower and the popup asks. A name of login words only
 * (`auth_token`) stays likely.
 */
const AMONG_WORDS_READABLE = new VerdictTable((word: string) =>
	verdict("session", `name has the word "${word}" among other words; readable by scripts`, "guess"),
);
const INSIDE = new VerdictTable((word: string) =>
	verdict("session", `name contains "${word}" inside a word`, "guess"),
);

/**
 * A session word beside a word of its own (a vendor's, an app's) in the name of a cookie page script
 * wrote: analytics, chat and A/B scripts keep their visit ids so (`ab.storage.sessionId.*` of Braze,
 * `rl_session` of RudderStack, `liveagent_sid` of Salesforce chat), while a login is set by the server's
 * response, HttpOnly (OWASP Session Management Cheat Sheet, "Cookies"). A name of nothing but login words
 * (`auth_token`, `session_token`, `__Host-sid`) written by script is a login the page keeps in script,
 * which `set-by-script` is there to flag; so is a JWT naming its user or a JWE under any name (Amazon
 * Cognito's `CognitoIdentityServiceProvider.*.idToken`), the token of the app's identity provider.
 */
const BY_SCRIPT = new VerdictTable((word: string) =>
	verdict(
		"other",
		`name has "${word}" among other words, and page script wrote it, as analytics and chat scripts write their visit ids; a login is set by the server`,
		"guess",
	),
);

/** Words a login's name is made of besides the session words: `__Host-`/`__Secure-` and `id`, `user` … */
const LOGIN_NAME_WORDS = new Set([
	...SESSION_WORDS,
	"id",
	"user",
	"access",
	"refresh",
	"bearer",
	"api",
	"app",
	"key",
	"cookie",
	"host",
	"secure",
]);

const onlyLoginWords = (name: string) => nameWords(name).every((w) => LOGIN_NAME_WORDS.has(w));

const UUID_BY_SCRIPT = new VerdictTable((word: string) =>
	verdict(
		"other",
		`name contains "${word}", but the value is a random UUID scripts can read, as the ids analytics and chat scripts mint are`,
		"guess",
	),
);
const UUID_UNNAMED = verdict(
	"other",
	"value is a random UUID scripts can read, as the ids analytics and chat scripts mint are, under an unknown name",
	"guess",
);

function fromNameWords(
	cookie: Cookie,
	analysis: () => TokenAnalysis,
	context: RoleContext,
): RoleVerdict | undefined {
	const found = findWord(cookie.name, SESSION_WORDS);
	if (found === undefined) return undefined;
	const { word, place } = found;
	if (isFlagValue(cookie.value)) return FLAG.get(word);
	const benign = benignWordIn(cookie.name);
	if (benign)
		return verdict(
			"other",
			`name contains "${word}" but also "${benign}": it holds other data, not a login`,
			"likely",
		);
	const loginWordsOnly = onlyLoginWords(cookie.name);
	if (byScript(context) && !loginWordsOnly) return fromSignedToken(analysis()) ?? BY_SCRIPT.get(word);
	if (scriptReadableUuid(cookie)) return UUID_BY_SCRIPT.get(word);
	if (place === "whole" && (cookie.httpOnly || loginWordsOnly)) return WHOLE_WORD.get(word);
	if (place === "whole") return fromSignedToken(analysis()) ?? AMONG_WORDS_READABLE.get(word);
	return cookie.httpOnly ? INSIDE_HTTP_ONLY.get(word) : INSIDE.get(word);
}

/**
 * The names `<name>` of a set whose `<name>.sig` is in it too, per set: one lookup of the cookie's own
 * name instead of a new `<name>.sig` string per cookie (`npm run bench`). Rebuilt when the set's size
 * changes, as a caller adding names to it between audits would.
 */
const signedNames = new WeakMap<ReadonlySet<string>, { size: number; names: Set<string> }>();

function namesWithSignature(siteNames: ReadonlySet<string>): Set<string> {
	let entry = signedNames.get(siteNames);
	if (entry === undefined || entry.size !== siteNames.size) {
		const names = new Set<string>();
		for (const n of siteNames) if (n.endsWith(".sig")) names.add(n.slice(0, -4));
		entry = { size: siteNames.size, names };
		signedNames.set(siteNames, entry);
	}
	return entry.names;
}

function fromCompanion(cookie: Cookie, context: RoleContext): RoleVerdict | undefined {
	if (!context.siteNames || !namesWithSignature(context.siteNames).has(cookie.name)) return undefined;
	return verdict(
		"session",
		`signed: a companion cookie ${cookie.name}.sig holds its signature (keygrip)`,
		"likely",
	);
}

const BENIGN_NAME = new VerdictTable((benign: string) =>
	verdict("other", `name has the word "${benign}": it holds other data, not a login`, "likely"),
);
const randomToken = (bits: number) =>
	`value is an opaque random token (about ${bits} bits) under an unknown name`;
const RANDOM_BY_SCRIPT = new VerdictTable((bits: number) =>
	verdict("other", `${randomToken(bits)}, written by page script as visitor ids are`, "likely"),
);
const RANDOM_HTTP_ONLY = new VerdictTable((bits: number) =>
	verdict("session", `${randomToken(bits)}; HttpOnly`, "guess"),
);
const RANDOM_BROWSER_SESSION = new VerdictTable((bits: number) =>
	verdict("session", `${randomToken(bits)}; ends with the browser session`, "guess"),
);
const RANDOM_KEPT = new VerdictTable((bits: number) =>
	verdict(
		"other",
		`${randomToken(bits)}, readable by scripts and kept across browser restarts as visitor ids are`,
		"guess",
	),
);

/**
 * A record (JSON under an encoding, a JWT without a subject or expiry) the server keeps from the page's
 * scripts: servers keep sign-in state so (Apereo CAS's `TGC`, a signed and encrypted JWT, CAS
 * documentation "Ticket-granting Cookie"; Datasette's signed `ds_actor`, Datasette documentation
 * "Authentication and permissions"), while the records analytics tags keep are theirs to read.
 */
const HIDDEN_RECORD = verdict("session", "value is a signed or encoded record; HttpOnly", "guess");
const JWE = verdict("session", "value is an encrypted token (JWE)", "likely");
const JWT = verdict("session", "value is a JWT with subject or expiry claims", "likely");

/** A value that is a JWE, or a JWT naming a subject or an expiry (RFC 7519 §4.1.2, §4.1.4): a login's token. */
function fromSignedToken(analysis: TokenAnalysis): RoleVerdict | undefined {
	if (analysis.kind === "jwe") return JWE;
	const jwt = analysis.jwts[0];
	if (analysis.kind === "jws" && jwt?.kind === "jws" && (jwt.claims.sub ?? jwt.claims.exp) !== undefined)
		return JWT;
	return undefined;
}

function fromValueShape(
	cookie: Cookie,
	analysis: TokenAnalysis,
	context: RoleContext,
): RoleVerdict | undefined {
	const benign = benignWordIn(cookie.name);
	if (benign) return BENIGN_NAME.get(benign);
	const visitor = visitorIdShape(cookie.value, analysis.kind === "structured");
	if (visitor !== undefined) return verdict("other", visitor, "likely");
	const token = fromSignedToken(analysis);
	if (token) return token;
	if ((analysis.kind === "structured" || analysis.kind === "jws") && cookie.httpOnly) return HIDDEN_RECORD;
	const { bits, length } = analysis.entropy;
	if (analysis.kind !== "opaque" || analysis.weakness || bits < OPAQUE_SESSION_BITS || length < 20)
		return undefined;
	if (byScript(context)) return RANDOM_BY_SCRIPT.get(bits);
	if (scriptReadableUuid(cookie)) return UUID_UNNAMED;
	if (cookie.httpOnly) return RANDOM_HTTP_ONLY.get(bits);
	if (cookie.expirationDate === undefined) return RANDOM_BROWSER_SESSION.get(bits);
	return RANDOM_KEPT.get(bits);
}

const NO_SIGNAL: RoleVerdict = {
	role: "other",
	reason: "no session signal: unknown name and the value does not look like a token",
	confidence: "likely",
};

/** The role by the evidence, for a cookie no known data names. */
export function fromEvidence(
	cookie: Cookie,
	analysis: () => TokenAnalysis,
	context: RoleContext,
): RoleVerdict {
	const record = recordShape(cookie.value);
	return (
		(record === undefined ? undefined : verdict("other", record, "likely")) ??
		fromNameWords(cookie, analysis, context) ??
		fromCompanion(cookie, context) ??
		fromValueShape(cookie, analysis(), context) ??
		NO_SIGNAL
	);
}
