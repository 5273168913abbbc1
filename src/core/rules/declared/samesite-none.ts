/**
 * SameSite=None sends the cookie on every cross-site request (RFC 6265bis §5.6.7), so cross-site
 * request forgery is stopped only by tokens. OWASP Session Management Cheat Sheet, "SameSite Attribute".
 */
import { roleLabel } from "../describe-cookie.ts";
import { fixText } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { SAMESITE_LAX } from "./samesite-snippets.ts";

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Use SameSite=Lax (or Strict) unless the cookie must work inside another site's frames; then add Partitioned (CHIPS) and keep CSRF tokens.",
	SAMESITE_LAX,
);

function check(ctx: RuleContext) {
	if (ctx.cookie.sameSite !== "none") return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} is SameSite=None and is sent on cross-site requests`,
		fix: FIX,
	};
}

export const samesiteNone: Rule = {
	id: "samesite-none",
	title: "Cookie sent cross-site (SameSite=None)",
	description:
		"The cookie is SameSite=None: browsers attach it to requests from any other site, which enables cross-site request forgery and tracking.",
	severities: { session: "medium", csrf: "medium", other: "info" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#samesite-attribute",
	check,
};
