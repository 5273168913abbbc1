/**
 * Where the Open Cookie Database's category is too coarse for the role: a platform's own sign-in cookies
 * that it files under Marketing, as the platform also uses them for ads; and a platform's own use of a
 * framework's default name (LinkedIn's `JSESSIONID` is its anti-CSRF token), which beats the framework
 * default on that site (classify-role.ts). Each entry applies on the platform's site only (elsewhere the
 * same name is that site's own cookie) and cites its source: the platform's cookie documentation where it
 * names the cookie, else a public description of its traffic.
 */
import type { KnownRole } from "./known-cookie-role.ts";

interface KnownCookieOverride extends Omit<KnownRole, "confidence"> {
	readonly names: readonly string[];
	/** The registrable domains (siteOf) the cookies are set on. */
	readonly sites: readonly string[];
	readonly source: string;
}

export const KNOWN_COOKIE_OVERRIDES: readonly KnownCookieOverride[] = [
	{
		names: ["SID", "HSID"],
		sites: ["google.com"],
		role: "session",
		reason:
			"Google Account sign-in cookie (Google, How Google uses cookies: signed records of the account and sign-in)",
		source: "https://policies.google.com/technologies/cookies",
	},
	{
		names: ["__Secure-1PSID", "__Secure-3PSID", "__Secure-1PSIDTS", "__Secure-3PSIDTS"],
		sites: ["google.com"],
		role: "session",
		reason:
			"Google Account sign-in cookie: the Secure first-party (1P) and cross-site (3P) forms of SID, and their timestamp companions (TS), that clients of Google's web apps sign in with",
		source: "https://github.com/dsdanielpark/Gemini-API (README, Authentication)",
	},
	{
		names: ["c_user", "xs"],
		sites: ["facebook.com"],
		role: "session",
		reason: "Facebook sign-in cookie (Meta Cookies Policy, Authentication)",
		source: "https://www.facebook.com/privacy/policies/cookies/",
	},
	{
		names: ["auth_token"],
		sites: ["twitter.com", "x.com"],
		role: "session",
		reason: "X (Twitter) sign-in cookie, sent with every request of a signed-in web client",
		source: "https://x-re.pages.dev (X has no public page naming its cookies)",
	},
	{
		names: ["ct0"],
		sites: ["twitter.com", "x.com"],
		role: "csrf",
		reason: "X (Twitter) anti-CSRF token, echoed in the x-csrf-token header",
		source: "https://x-re.pages.dev (X has no public page naming its cookies)",
	},
	{
		names: ["JSESSIONID"],
		sites: ["linkedin.com"],
		role: "csrf",
		reason:
			'LinkedIn anti-CSRF token: its value ("ajax:<digits>") is echoed in the csrf-token header of every API request',
		source: "https://github.com/saifedding/LinkedIn-post (linkedin_auth_guide.md, the csrf-token header)",
	},
];

/** By name first: nearly every cookie's name has no override, and that answer costs no string to build. */
const BY_NAME = new Map<string, { site: string; verdict: KnownRole }[]>();
for (const { names, sites, role, reason } of KNOWN_COOKIE_OVERRIDES) {
	const verdict: KnownRole = { role, reason, confidence: "known" };
	for (const name of names)
		BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), ...sites.map((site) => ({ site, verdict }))]);
}

/** The role an override gives a cookie of this name on this site (siteOf), if any. */
export function knownCookieOverride(name: string, site: string): KnownRole | undefined {
	return BY_NAME.get(name)?.find((o) => o.site === site)?.verdict;
}
