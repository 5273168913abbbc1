/**
 * OWASP Session Management Cheat Sheet, "Session Expiration": the longer a session lives, the longer
 * a stolen cookie works. The limit is settings.maxSessionLifetimeDays (default 30).
 */
import { roleLabel } from "../describe-cookie.ts";
import { fixText } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

const DAY = 86_400;

/**
 * The fix for the last limit asked: every finding of an audit has the same limit, and building the text
 * (and hashing it for fixText's cache) per finding showed in the bench's profile.
 */
let lastFix: { maxDays: number; text: string } | undefined;

function fixFor(maxDays: number): string {
	if (lastFix?.maxDays === maxDays) return lastFix.text;
	lastFix = { maxDays, text: buildFix(maxDays) };
	return lastFix.text;
}

function buildFix(maxDays: number): string {
	return fixText(`Lower Max-Age/Expires to at most ${maxDays} days (${maxDays * DAY} seconds).`, () => ({
		Express: `session({ cookie: { maxAge: ${maxDays} * 24 * 3600 * 1000 } })`,
		Django: `SESSION_COOKIE_AGE = ${maxDays * DAY}`,
		Rails: `session_store :cookie_store, expire_after: ${maxDays}.days`,
		"Laravel/PHP": `SESSION_LIFETIME=${maxDays * 24 * 60} (.env, minutes)`,
		Spring: `server.servlet.session.cookie.max-age=${maxDays}d`,
		"ASP.NET Core": `options.ExpireTimeSpan = TimeSpan.FromDays(${maxDays})`,
		"Next.js": `cookies().set(name, value, { maxAge: ${maxDays * DAY} }); NextAuth: session.maxAge`,
	}));
}

function check(ctx: RuleContext) {
	const expires = ctx.cookie.expirationDate;
	const maxDays = ctx.settings.maxSessionLifetimeDays;
	if (expires === undefined || expires - ctx.now <= maxDays * DAY) return undefined;
	const days = Math.round((expires - ctx.now) / DAY);
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} expires in ${days} days, more than the ${maxDays}-day maximum`,
		fix: fixFor(maxDays),
	};
}

export const longLifetime: Rule = {
	id: "long-lifetime",
	title: "Cookie lives longer than the configured maximum",
	description:
		"The cookie expires further in the future than the configured maximum session lifetime (default 30 days).",
	severities: { session: "medium", csrf: "low", other: "info" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-expiration",
	check,
};
