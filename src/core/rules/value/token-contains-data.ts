/**
 * OWASP Session Management Cheat Sheet, "Session ID Content (or Value)": the id must be meaningless;
 * data in a cookie (even signed, as with JWTs and Flask sessions) is readable by anyone holding it.
 */
import type { EmbeddedKind } from "../../token/embedded-data.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText, type Snippets } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

const KIND: Record<EmbeddedKind, string> = {
	email: "an email address",
	"user-id": "a user id",
	role: "a role or permission",
	"personal-data": "personal data",
};

/** Built once: an audit asks for this fix on many cookies (`npm run bench`). */
const SNIPPETS: Snippets = {
	Express: "express-session with a server-side store instead of cookie-session or a JWT cookie",
	Django: 'SESSION_ENGINE = "django.contrib.sessions.backends.db" (not signed_cookies)',
	Rails:
		"the default encrypted cookie_store (Rails ≥ 5.2) or a server-side store; no signed cookies with data",
	"Laravel/PHP": "SESSION_DRIVER=database (or redis); keep EncryptCookies middleware on",
	Spring: "Spring Session (server-side store) instead of a JWT cookie",
	"ASP.NET Core": "cookie authentication (Data Protection encrypted) or ITicketStore for server-side tickets",
	"Next.js": "NextAuth's default encrypted JWE session, or a database session strategy",
};

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Keep session data on the server and put only a random id in the cookie; if state must live in the cookie, encrypt it (JWE / authenticated encryption), not just sign or encode it.",
	SNIPPETS,
);

function check(ctx: RuleContext) {
	const found = ctx.token().embedded;
	if (found.length === 0) return undefined;
	const kinds = [...new Set(found.map((d) => d.kind))].map((k) => {
		const where = found.find((d) => d.kind === k && !d.where.startsWith("an "))?.where;
		return where ? `${KIND[k]} (${where})` : KIND[k];
	});
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} decodes to readable data: ${kinds.join(", ")}`,
		fix: FIX,
	};
}

export const tokenContainsData: Rule = {
	id: "token-contains-data",
	title: "Token contains readable data",
	description:
		"The value decodes (URL, base64/base64url, JSON, JWT claims) to readable data such as user ids, email addresses or roles.",
	severities: { session: "medium" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-content-or-value",
	check,
};
