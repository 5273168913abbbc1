/**
 * Anti-CSRF cookies: readable by scripts on purpose (double-submit pattern, OWASP CSRF Prevention
 * Cheat Sheet, "Alternative: Using A Double-Submit Cookie Pattern"), so they get their own role.
 */

const KNOWN: ReadonlyArray<readonly [string | RegExp, string]> = [
	["csrftoken", "Django"],
	["XSRF-TOKEN", "Laravel / Angular"],
	[/^(?:__Host-)?next-auth\.csrf-token$/, "NextAuth.js"],
	[/^(?:__Host-)?authjs\.csrf-token$/, "Auth.js"],
	["_csrf", "csurf / Express"],
	["_xsrf", "Tornado"],
	["csrf_token", "Flask-WTF / generic"],
	["CSRF-TOKEN", "generic"],
	[/^\.AspNetCore\.Antiforgery\./, "ASP.NET Core"],
	["__RequestVerificationToken", "ASP.NET MVC"],
];

/** A person-readable source when the name is a known or evidently anti-CSRF cookie. */
export function findCsrf(name: string): string | undefined {
	for (const [match, source] of KNOWN) {
		if (typeof match === "string" ? match === name : match.test(name))
			return `anti-CSRF token of ${source} (${name})`;
	}
	if (/csrf|xsrf|antiforgery/i.test(name))
		return `anti-CSRF token (name contains "${/csrf|xsrf|antiforgery/i.exec(name)?.[0]}")`;
	return undefined;
}
