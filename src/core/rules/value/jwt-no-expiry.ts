/**
 * A JWT is valid until its `exp` (RFC 7519 §4.1.4); without one, or with one far away, a stolen token
 * works for that long whatever the cookie's own expiry says. Limit: settings.maxSessionLifetimeDays.
 */
import type { JwtInspection } from "../../token/jwt.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

const DAY = 86_400;

/** Why a JWT's expiry is a problem, or undefined when it is within the limit. */
function expiryProblem(jwt: JwtInspection, now: number, maxDays: number): string | undefined {
	if (jwt.kind !== "jws") return undefined;
	const exp = jwt.claims.exp;
	if (typeof exp !== "number") return "has no exp claim";
	if (exp - now > maxDays * DAY)
		return `expires in ${Math.round((exp - now) / DAY)} days (maximum ${maxDays})`;
	return undefined;
}

function check(ctx: RuleContext) {
	const maxDays = ctx.settings.maxSessionLifetimeDays;
	const problem = ctx
		.token()
		.jwts.map((jwt) => expiryProblem(jwt, ctx.now, maxDays))
		.find((p) => p !== undefined);
	if (problem === undefined) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} carries a JWT that ${problem}`,
		fix: fixText(
			`Issue JWTs with an exp claim at most ${maxDays} days ahead (shorter for access tokens) and refresh them.`,
			() => ({
				Express: 'new SignJWT(claims).setExpirationTime("15m") (jose)',
				Django: 'SIMPLE_JWT = { "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15) }',
				Rails: "JWT.encode({ ..., exp: 15.minutes.from_now.to_i }, key, 'HS256')",
				"Laravel/PHP": "'exp' => time() + 900 in the payload (firebase/php-jwt)",
				Spring: "JwtClaimsSet.builder().expiresAt(now.plus(15, MINUTES))",
				"ASP.NET Core": "new JwtSecurityToken(..., expires: DateTime.UtcNow.AddMinutes(15))",
				"Next.js": `NextAuth: session: { maxAge: ${maxDays * DAY} }, jwt: { maxAge }`,
			}),
		),
	};
}

export const jwtNoExpiry: Rule = {
	id: "jwt-no-expiry",
	title: "JWT without (near) expiry",
	description:
		"The cookie is or contains a JWT without an exp claim, or whose exp lies beyond the configured maximum lifetime.",
	severities: { session: "medium" },
	helpUri: "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4",
	check,
};
