/** Short, human descriptions of a cookie's attributes for the text and Markdown views. */
import type { CookieReport } from "../report.ts";

const SAME_SITE_LABEL = {
	strict: "SameSite=Strict",
	lax: "SameSite=Lax",
	none: "SameSite=None",
	unspecified: "no SameSite",
	unknown: "SameSite unknown",
} as const;

/** `sid@example.com /`: the cookie's name, domain and path, which identify it within a store. */
export function cookieLabel(cookie: Pick<CookieReport, "name" | "domain" | "path">): string {
	return `${cookie.name}@${cookie.domain} ${cookie.path}`;
}

/** Epoch seconds as an ISO date (UTC, day precision is enough for people). */
export function formatExpiry(expires: number | null): string {
	if (expires === null) return "session";
	const date = new Date(expires * 1000);
	return Number.isNaN(date.getTime()) ? String(expires) : `expires ${date.toISOString().slice(0, 10)}`;
}

/** The attributes that matter to the rules, in the order Set-Cookie usually lists them. */
export function describeFlags(cookie: CookieReport): string[] {
	const flags: string[] = [];
	if (cookie.secure) flags.push("Secure");
	if (cookie.httpOnly) flags.push("HttpOnly");
	flags.push(SAME_SITE_LABEL[cookie.sameSite]);
	flags.push(cookie.hostOnly ? "host-only" : `Domain=${cookie.domain}`);
	flags.push(`Path=${cookie.path}`);
	flags.push(formatExpiry(cookie.expires));
	if (cookie.partitionKey) flags.push(`Partitioned (${cookie.partitionKey.topLevelSite})`);
	if (cookie.storeId !== undefined) flags.push(`store ${cookie.storeId}`);
	if (cookie.firstPartyDomain) flags.push(`first-party ${cookie.firstPartyDomain}`);
	return flags;
}

/** Long values (JWTs, 4 KB blobs) would swamp a table or a terminal; JSON keeps them whole. */
export function shortValue(value: string, max = 48): string {
	return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
