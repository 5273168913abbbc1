/**
 * RFC 6265bis §5.6 drops a cookie whose name+value exceeds 4096 octets (browsers have similar limits);
 * servers refuse requests whose Cookie header is too large (often 8 KB), which locks users out.
 */
import { utf8ByteLength } from "../../utf8-byte-length.ts";
import { roleLabel } from "../describe-cookie.ts";
import { fixText } from "../fix-text.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { MAX_HOST_COOKIE_BYTES } from "./jar-facts.ts";

/** Near the 4096-byte limit: a little growth (another claim, a longer id) and browsers drop it. */
export const NEAR_COOKIE_LIMIT_BYTES = 4000;

const FIX = fixText(
	"Keep cookies small: store data server-side behind a short random id, drop unused cookies, and scope cookies to the paths and hosts that need them.",
	{ "Next.js": "NextAuth splits large session cookies into .0/.1 chunks; prefer a database session" },
);

function check(ctx: RuleContext) {
	const bytes = utf8ByteLength(ctx.cookie.name) + utf8ByteLength(ctx.cookie.value);
	if (bytes >= NEAR_COOKIE_LIMIT_BYTES) {
		return {
			message: `${roleLabel(ctx.role, ctx.cookie)} is ${bytes} bytes, at the 4096-byte cookie limit`,
			fix: FIX,
		};
	}
	const host = ctx.jar.oversizedHostOf(ctx.cookie);
	if (!host) return undefined;
	return {
		message: `${roleLabel(ctx.role, ctx.cookie)} is the largest of the cookies sent to ${host.host}, ${host.bytes} bytes in all (over ${MAX_HOST_COOKIE_BYTES})`,
		fix: FIX,
	};
}

export const oversized: Rule = {
	id: "oversized",
	title: "Oversized cookie or Cookie header",
	description:
		"The cookie's name and value reach 4000 bytes (browsers drop cookies over 4096), or all cookies sent to one host exceed 8 KB, which servers often refuse.",
	severities: { session: "low", csrf: "low", other: "low" },
	helpUri: "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.6",
	check,
};
