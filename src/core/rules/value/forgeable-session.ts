/**
 * A signed cookie whose signature verifies with a publicly known secret (docs/design.md, "Version 2"): a
 * documentation example or a secret from a public wordlist. Whoever knows it signs a value of their choosing
 * and the server takes it as its own: a Flask, cookie-session or Django signed-cookie session, or a JWT,
 * carries the user's data itself, so anyone can sign in as anyone; an express-session id can be chosen. OWASP
 * JSON Web Token Cheat Sheet, "Weak Token Secret": an HMAC-signed token is only as strong as its secret;
 * OWASP Session Management Cheat Sheet: the session id (and what vouches for it) must not be guessable.
 *
 * The check is asynchronous (src/core/forgeable/find-known-secrets.ts) and runs before the audit, which
 * reads its outcome from AuditSubject.forgeable; without it the rule is silent.
 */
import { FORMAT_NAMES } from "../../forgeable/signed-format.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext, RuleHit } from "../rule.ts";

const SNIPPETS: Snippets = {
	Express:
		"session({ secret: process.env.SESSION_SECRET }) / cookieSession({ keys: [process.env.SESSION_KEY] }), each from `openssl rand -base64 48`",
	Django:
		'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"], made with django.core.management.utils.get_random_secret_key()',
	"Next.js":
		"new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret) with a 32-byte random secret from the environment",
};

const FIX = fixText(
	"Rotate the signing secret to a long random one (32 bytes or more from a CSPRNG, kept out of the code), never a documented example or a placeholder; Flask: app.secret_key = secrets.token_hex(32) from the environment. Rotating signs everyone out, which is the point: every cookie signed with the old secret could have been forged.",
	SNIPPETS,
);

function check(ctx: RuleContext): RuleHit | undefined {
	const forgeable = ctx.subject.forgeable;
	if (forgeable === undefined) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} has a signature (${FORMAT_NAMES[forgeable.format]}) that verifies with a publicly known secret (${forgeable.source}): anyone can sign a value of their choosing and the server will accept it`,
		fix: FIX,
	};
}

export const forgeableSession: Rule = {
	id: "forgeable-session",
	title: "Signed with a publicly known secret",
	description:
		"The cookie's signature (express-session, cookie-session/keygrip, Flask/itsdangerous, Django signing, JWT HS*) verifies with a secret from documentation or a public wordlist: anyone can forge it.",
	severities: { session: "high", csrf: "medium" },
	helpUri: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html",
	check,
};
