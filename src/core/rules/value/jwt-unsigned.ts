/**
 * RFC 7519 §6 unsecured JWTs (`alg: none`) carry no signature: anyone can change the claims.
 * RFC 8725 §3.1 ("Perform Algorithm Verification"): never accept `none` for authentication.
 */
import { isUnsigned } from "../../token/jwt.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

/** Built once: an audit asks for this fix on many cookies (`npm run bench`). */
const SNIPPETS: Snippets = {
	Express: 'jose: await jwtVerify(token, key, { algorithms: ["ES256"] })',
	Django: 'jwt.decode(token, key, algorithms=["HS256"]) (PyJWT)',
	Rails: 'JWT.decode(token, key, true, algorithm: "HS256")',
	"Laravel/PHP": "JWT::decode($token, new Key($key, 'HS256')) (firebase/php-jwt)",
	Spring: "NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build()",
	"ASP.NET Core": 'TokenValidationParameters { ValidAlgorithms = new[] { "ES256" } }',
	"Next.js": "jose jwtVerify with algorithms; NextAuth sessions are encrypted by default",
};

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Sign tokens (HS256 with a 256-bit secret, or ES256/EdDSA) and pin the accepted algorithms when verifying.",
	SNIPPETS,
);

function check(ctx: RuleContext) {
	const t = ctx.token();
	if (!t.jwts.some(isUnsigned)) return undefined;
	const where = t.kind === "jws" ? "is" : "carries";
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} ${where} a JWT with alg "none": its claims are not signed`,
		fix: FIX,
	};
}

export const jwtUnsigned: Rule = {
	id: "jwt-unsigned",
	title: "Unsigned JWT (alg none)",
	description:
		"The cookie is or contains a JWT whose header says alg none: it has no signature and can be forged.",
	severities: { session: "high" },
	helpUri: "https://www.rfc-editor.org/rfc/rfc8725#section-3.1",
	check,
};
