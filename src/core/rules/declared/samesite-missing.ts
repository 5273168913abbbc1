/**
 * OWASP Session Management Cheat Sheet, "SameSite Attribute". Without SameSite, browsers differ:
 * Chrome treats the cookie as Lax (with a 2-minute "Lax+POST" window after it is set), Firefox as None,
 * so cross-site requests carry it in some browsers. RFC 6265bis §5.6.7 and §8.8.
 */
import { roleLabel } from "../describe-cookie.ts";
import { fixText } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { SAMESITE_LAX } from "./samesite-snippets.ts";

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Set SameSite=Lax (or Strict) explicitly so every browser behaves the same.",
	SAMESITE_LAX,
);

function check(ctx: RuleContext) {
	if (ctx.cookie.sameSite !== "unspecified") return undefined;
	// The input cannot tell (a cookies.txt has no SameSite field): a missing field is not a missing attribute.
	if (ctx.subject.sameSiteUnknown) return undefined;
	// A header with an invalid SameSite value is reported by samesite-invalid instead.
	if (ctx.subject.header?.sameSiteAttribute !== undefined) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} has no SameSite attribute: Chrome treats it as Lax, Firefox as None`,
		fix: FIX,
	};
}

export const samesiteMissing: Rule = {
	id: "samesite-missing",
	title: "Cookie without SameSite",
	description:
		"The cookie has no SameSite attribute, so browsers apply different defaults (Chrome Lax, Firefox None) and some send it on cross-site requests.",
	severities: { session: "medium", csrf: "medium", other: "low" },
	helpUri:
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#samesite-attribute",
	check,
};
