/**
 * OWASP Session Management Cheat Sheet, "Session ID Entropy": at least 64 bits of entropy, from a
 * CSPRNG; counters, timestamps and patterned values are guessable. Thresholds come from
 * settings.minTokenEntropyBits (default 128): high below half of it, low below it (session role); a csrf
 * token medium below half of it, low below it.
 */
import type { Severity } from "../../report.ts";
import type { TokenAnalysis } from "../../token/analyze-token.ts";
import type { Weakness } from "../../token/weakness.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

const WEAKNESS: Record<Weakness, string> = {
	numeric: "a plain number (counter or database id)",
	sequential: "a sequence (such as 123456 or abcdef)",
	timestamp: "a timestamp",
	"low-variety": "a value with very few distinct characters",
};

function why(t: TokenAnalysis, min: number): string {
	const bits = `about ${t.entropy.bits} bits of entropy (minimum ${min})`;
	return t.weakness ? `${WEAKNESS[t.weakness]}, ${bits}` : bits;
}

/** Built once: an audit asks for this fix on many cookies (`npm run bench`). */
const SNIPPETS: Snippets = {
	Express:
		"express-session's default genid (uid-safe, 24 bytes) or crypto.randomBytes(32).toString('base64url')",
	Django: "secrets.token_urlsafe(32); the built-in session backends already do this",
	Rails: "SecureRandom.urlsafe_base64(32)",
	"Laravel/PHP": "bin2hex(random_bytes(32)); session.sid_length = 48, session.sid_bits_per_character = 6",
	Spring: "Spring Session's default id; or new SecureRandom() bytes, Base64 URL encoded",
	"ASP.NET Core": "RandomNumberGenerator.GetBytes(32) (Base64Url.EncodeToString)",
	"Next.js": "crypto.randomUUID() is 122 bits; prefer crypto.getRandomValues(new Uint8Array(32))",
};

/** The fix for the last minimum asked: the same for every finding of an audit (see long-lifetime.ts). */
let lastFix: { min: number; text: string } | undefined;

function fixFor(min: number): string {
	if (lastFix?.min !== min) {
		const what = `Generate the value with a cryptographically secure random generator: at least ${min / 8} random bytes, hex or base64url encoded.`;
		lastFix = { min, text: fixText(what, SNIPPETS) };
	}
	return lastFix.text;
}

function check(ctx: RuleContext) {
	const t = ctx.token();
	// Signed JWTs, encrypted JWEs and signed data envelopes are not guessed but forged; other rules cover them.
	if (t.kind !== "opaque") return undefined;
	const min = ctx.settings.minTokenEntropyBits;
	const severe = t.weakness !== undefined || t.entropy.bits < min / 2;
	if (!severe && t.entropy.bits >= min) return undefined;
	// Below the minimum but not severe, a csrf token is low as a session id is (not the role's medium): it
	// guards less than the session it protects.
	const severity: Severity | undefined =
		ctx.role === "session" ? (severe ? "high" : "low") : ctx.role === "csrf" && !severe ? "low" : undefined;
	const what = t.envelope ? `its id inside the ${t.envelope}` : "its value";
	return {
		...(severity ? { severity } : {}),
		message: `${roleLabel(ctx.role, ctx.cookie)} may be guessable: ${what} is ${why(t, min)}`,
		fix: fixFor(min),
	};
}

export const weakToken: Rule = {
	id: "weak-token",
	title: "Guessable token",
	description:
		"The token's estimated entropy is below the configured minimum (high below half of it), or it is numeric, sequential, timestamp-like or low-variety.",
	severities: { session: "high", csrf: "medium" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-entropy",
	check,
};
