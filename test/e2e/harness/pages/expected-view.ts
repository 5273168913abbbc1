/** What the popup should show for a cookie the fixture site set: its chips as the user reads them. */
import type { ExpectedCookie } from "../../../site/fixture-site.ts";
import type { ShownCookie } from "./popup.ts";

const SAME_SITE_TEXT = {
	strict: "SameSite=Strict",
	lax: "SameSite=Lax",
	none: "SameSite=None",
	unspecified: "no SameSite",
};

export function expectedView(c: ExpectedCookie): Omit<ShownCookie, "expiry"> & { session: boolean } {
	const chips: Record<string, string> = {
		secure: c.secure ? "Secure" : "not Secure",
		httponly: c.httpOnly ? "HttpOnly" : "not HttpOnly",
		samesite: SAME_SITE_TEXT[c.sameSite],
		scope: c.hostOnly ? "host-only" : "domain",
	};
	if (c.partitionKey) chips.partitioned = "Partitioned";
	const prefix = /^__(host|secure)-/i.exec(c.name)?.[1]?.toLowerCase();
	if (prefix) chips.prefix = prefix === "host" ? "__Host-" : "__Secure-";
	return { name: c.name, domain: c.domain, path: c.path, chips, session: c.session };
}

export function shownView(c: ShownCookie): Omit<ShownCookie, "expiry"> & { session: boolean } {
	return {
		name: c.name,
		domain: c.domain,
		path: c.path,
		chips: c.chips,
		session: c.expiry === "until the browser closes",
	};
}

export const byName = (a: { name: string; domain: string }, b: { name: string; domain: string }) =>
	`${a.name} ${a.domain}`.localeCompare(`${b.name} ${b.domain}`);
