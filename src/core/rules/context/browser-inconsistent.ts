/**
 * Chromium and Firefox implement RFC 6265bis differently in places (SameSite defaults, limits, prefix
 * and Partitioned handling); the jar reports when the two profiles store one Set-Cookie differently.
 * Header input only (subject.header.browserDifference).
 */
import { roleLabel } from "../describe-cookie.ts";
import { fixText } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Set every attribute explicitly and validly (Secure, HttpOnly, SameSite, Path; no Domain) so both engines store the same cookie.",
);

function check(ctx: RuleContext) {
	const difference = ctx.subject.header?.browserDifference;
	if (difference === undefined) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} is stored differently by Chromium and Firefox: ${difference}`,
		fix: FIX,
	};
}

export const browserInconsistent: Rule = {
	id: "browser-inconsistent",
	title: "Browsers store the cookie differently",
	description:
		"Chromium and Firefox store this Set-Cookie header differently (for example a SameSite default or a limit), so the site behaves differently per browser.",
	severities: { session: "low", csrf: "low", other: "info" },
	helpUri: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie",
	check,
};
