/**
 * Session cookie names that frameworks and auth libraries use by default.
 * Sources: test/fixtures/framework-cookies.json (each entry cites its framework source) and the
 * frameworks' documentation for the rest. `fingerprint` marks names specific enough to reveal the stack
 * (OWASP Session Management Cheat Sheet, "Session ID Name Fingerprinting"), for `default-session-name`.
 */

export interface FrameworkCookie {
	match: string | RegExp;
	framework: string;
	fingerprint: boolean;
}

export const FRAMEWORK_SESSION_COOKIES: readonly FrameworkCookie[] = [
	{ match: "PHPSESSID", framework: "PHP", fingerprint: true },
	{ match: "JSESSIONID", framework: "Java Servlet (Tomcat, Jetty …)", fingerprint: true },
	{ match: "ASP.NET_SessionId", framework: "ASP.NET", fingerprint: true },
	{ match: ".AspNetCore.Session", framework: "ASP.NET Core", fingerprint: true },
	{
		match: /^\.AspNetCore\.(?:Identity\.Application|Cookies)(?:C\d+)?$/,
		framework: "ASP.NET Core Identity",
		fingerprint: true,
	},
	{ match: "connect.sid", framework: "Express (express-session)", fingerprint: true },
	{ match: "sessionid", framework: "Django", fingerprint: true },
	{ match: "laravel_session", framework: "Laravel", fingerprint: true },
	{ match: "laravel-session", framework: "Laravel", fingerprint: true },
	{ match: "ci_session", framework: "CodeIgniter", fingerprint: true },
	{ match: "CAKEPHP", framework: "CakePHP", fingerprint: true },
	{ match: "CFID", framework: "ColdFusion", fingerprint: true },
	{ match: "CFTOKEN", framework: "ColdFusion", fingerprint: true },
	{ match: "rack.session", framework: "Rack (Ruby)", fingerprint: true },
	{ match: "session", framework: "Flask", fingerprint: false },
	{ match: "SESSION", framework: "Spring Session", fingerprint: false },
	{
		match: /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$/,
		framework: "NextAuth.js",
		fingerprint: true,
	},
	{ match: /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/, framework: "Auth.js", fingerprint: true },
	{ match: "__session", framework: "Auth0 nextjs-auth0 / Clerk", fingerprint: false },
	{ match: /^appSession(?:\.\d+)?$/, framework: "express-openid-connect", fingerprint: true },
	{ match: /^sb-[a-z0-9]+-auth-token(?:\.\d+)?$/, framework: "Supabase", fingerprint: true },
	{
		match: /^(?:KEYCLOAK_SESSION|KEYCLOAK_IDENTITY|AUTH_SESSION_ID)(?:_LEGACY)?$/,
		framework: "Keycloak",
		fingerprint: true,
	},
	{ match: /^wordpress_(?:logged_in|sec)_[0-9a-f]{32}$/, framework: "WordPress", fingerprint: true },
	{ match: /^S?SESS[0-9a-f]{32}$/, framework: "Drupal", fingerprint: true },
	{ match: /^(?:koa\.sess|koa:sess|express:sess)$/, framework: "Koa / cookie-session", fingerprint: true },
	// Classic ASP on IIS: `ASPSESSIONID` and eight letters per application pool (Microsoft, "Session Object
	// (IIS)": the SessionID is stored in a cookie).
	{ match: /^ASPSESSIONID[A-Z]{8}$/, framework: "Classic ASP (IIS)", fingerprint: true },
	// Rails CookieStore: `_#{app_name}_session` (railties finisher.rb). Last, as it is a pattern.
	{ match: /^_[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*_session$/, framework: "Ruby on Rails", fingerprint: true },
];

function matches(entry: FrameworkCookie, name: string): boolean {
	return typeof entry.match === "string" ? entry.match === name : entry.match.test(name);
}

/** The name without a `__Host-`/`__Secure-` prefix (RFC 6265bis §4.1.3), which hardens but keeps the name. */
export function unprefixed(name: string): string {
	return name.replace(/^__(?:Host|Secure)-/i, "");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * All entries as one regular expression, each in a named group: one pass per name instead of one test per
 * entry (`npm run bench`). Every entry is anchored with `^` and has no flags, so the first alternative that
 * matches is the first entry that matches.
 */
const ALL = new RegExp(
	FRAMEWORK_SESSION_COOKIES.map((entry, i) => {
		const source = typeof entry.match === "string" ? `^${escapeRegExp(entry.match)}$` : entry.match.source;
		return `(?<e${i}>${source})`;
	}).join("|"),
);

function firstMatching(name: string): FrameworkCookie | undefined {
	const groups = ALL.exec(name)?.groups;
	if (!groups) return undefined;
	return FRAMEWORK_SESSION_COOKIES.find((_, i) => groups[`e${i}`] !== undefined);
}

/** The framework whose default session cookie this name is (also behind a cookie prefix), if any. */
export function findFrameworkSession(name: string): FrameworkCookie | undefined {
	const bare = unprefixed(name);
	// Unprefixed names (nearly all) take the one-pass path.
	if (bare === name) return firstMatching(name);
	return FRAMEWORK_SESSION_COOKIES.find((entry) => matches(entry, name) || matches(entry, bare));
}
