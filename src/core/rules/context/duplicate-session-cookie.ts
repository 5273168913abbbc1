/**
 * Several cookies of one name (other Domain, Path or partition) are all sent, in an order servers do
 * not agree on; an attacker on a subdomain can plant one to shadow the real session (cookie tossing,
 * RFC 6265bis §8.6 "Weak Integrity"; §5.8.3 orders longer paths first).
 */
import type { Cookie } from "../../cookie.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";

function where(c: Cookie): string {
	const partition = c.partitionKey ? `, partitioned under ${c.partitionKey.topLevelSite}` : "";
	return `${c.domain} path ${c.path}${partition}`;
}

/** Built once: the same text for every finding of the rule (`npm run bench`). */
const FIX = fixText(
	"Set the cookie at exactly one domain and path, clear stale copies (expire each with its own Domain and Path), and use the __Host- prefix so subdomains cannot plant a copy.",
);

function check(ctx: RuleContext) {
	const { total, others } = ctx.jar.duplicatesOf(ctx.cookie);
	if (total < 2) return undefined;
	const more = total - 1 - others.length;
	const list = others.map(where).join("; ") + (more > 0 ? `; and ${more} more` : "");
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} is one of ${total} cookies with this name (also at ${list})`,
		fix: FIX,
	};
}

export const duplicateSessionCookie: Rule = {
	id: "duplicate-session-cookie",
	title: "Same session cookie at several places",
	description:
		"Several cookies with the same name exist at different domains, paths or partitions: the server may read the wrong one, and subdomains can shadow the real session (cookie tossing).",
	severities: { session: "medium", csrf: "medium" },
	helpUri: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-8.6",
	check,
};
