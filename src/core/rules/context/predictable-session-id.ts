/**
 * Fresh ids of this cookie, sampled from the server (the CLI's `sample`), show a structure an attacker
 * can use to guess other users' ids, or too little entropy to resist guessing (docs/design.md, "Version
 * 2"). OWASP Session Management Cheat Sheet, "Session ID Entropy": at least 64 bits of entropy from a
 * cryptographically secure generator; "Session ID Content (or Value)": no meaning or pattern. The fact
 * comes from AuditSubject.sample; without it the rule is silent.
 */
import type { SampleFact } from "../../audit-input.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext, RuleHit } from "../rule.ts";

const SNIPPETS: Snippets = {
	Express:
		"express-session's default genid (uid-safe, 24 random bytes); a custom genid: crypto.randomBytes(32).toString('base64url')",
	Django:
		"the built-in session engines (get_random_string over the secrets module); never derive keys from time or ids",
	Rails:
		"the default session store (SecureRandom.hex(16)); for your own tokens SecureRandom.urlsafe_base64(32)",
	"Laravel/PHP":
		"Laravel's Str::random(40) session ids; in plain PHP session.sid_length=48 and session.sid_bits_per_character=6, never uniqid() or md5(time())",
	Spring:
		"Spring Session / the servlet container's ids (SecureRandom); for your own tokens SecureRandom with 32 bytes",
	"ASP.NET Core":
		"the session middleware's ids (RandomNumberGenerator); for your own tokens RandomNumberGenerator.GetBytes(32)",
	"Next.js":
		"crypto.randomUUID() or crypto.getRandomValues(new Uint8Array(32)), never Date.now() or Math.random()",
};

export const PREDICTABLE_SESSION_ID_FIX = fixText(
	"Generate session ids from a cryptographically secure random generator with at least 128 bits (at least 64 bits of entropy, OWASP), and nothing else in them: no counter, time, or hash of either.",
	SNIPPETS,
);

/** The finding's message for a sampled cookie; shared with the `sample` command's report. */
export function predictableMessage(name: string, fact: SampleFact): string {
	const what =
		fact.verdict === "predictable"
			? "are predictable"
			: `carry too little entropy (about ${fact.estimatedEntropyBits} bits, under 64)`;
	return `${fact.samples} fresh ids of \`${name}\` ${what}: ${fact.reason}`;
}

function check(ctx: RuleContext): RuleHit | undefined {
	const sample = ctx.subject.sample;
	if (!sample) return undefined;
	return { message: predictableMessage(ctx.cookie.name, sample), fix: PREDICTABLE_SESSION_ID_FIX };
}

export const predictableSessionId: Rule = {
	id: "predictable-session-id",
	title: "Predictable session id",
	description:
		"Fresh session ids sampled from the server show structure (a counter, a timestamp, a weak generator, repeats) or too little entropy, so an attacker can guess other users' sessions.",
	severities: { session: "high", csrf: "medium" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-entropy",
	check,
};
