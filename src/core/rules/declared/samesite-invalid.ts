/**
 * RFC 6265bis §5.6.7: a SameSite value other than Strict, Lax or None (case-insensitive) is ignored,
 * leaving the cookie at the browser's default, which differs between browsers. Header input only.
 */
import { roleLabel } from "../describe-cookie.ts";
import { fixText } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { SAMESITE_LAX } from "./samesite-snippets.ts";

const VALID = /^(?:strict|lax|none)$/i;

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText("Use one of SameSite=Strict, SameSite=Lax or SameSite=None; Secure.", SAMESITE_LAX);

function check(ctx: RuleContext) {
	const value = ctx.subject.header?.sameSiteAttribute;
	if (value === undefined || VALID.test(value.trim())) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} has SameSite="${value}", which browsers ignore`,
		fix: FIX,
	};
}

export const samesiteInvalid: Rule = {
	id: "samesite-invalid",
	title: "Invalid SameSite value",
	description:
		"The Set-Cookie header has a SameSite value other than Strict, Lax or None; browsers ignore it and fall back to differing defaults.",
	severities: { session: "medium", csrf: "medium", other: "low" },
	helpUri:
		"https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#samesitesamesite-value",
	check,
};
