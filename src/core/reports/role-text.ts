/** A cookie's role as the text and Markdown reports write it: the role, how sure, and what data says. */
import type { CookieReport, KnownAsReport } from "../report.ts";

/** `session · guess`: the role and its confidence (docs/design.md, "Roles"). */
export function roleLabel(cookie: Pick<CookieReport, "role" | "roleConfidence">): string {
	return `${cookie.role} · ${cookie.roleConfidence}`;
}

/** `Google Analytics · analytics`: the platform and category known-cookie data gives. */
export function knownAsLabel(known: KnownAsReport): string {
	return `${known.platform} · ${known.category}`;
}
