import fc from "fast-check";
import { expect, test } from "vitest";
import { FRAMEWORK_SESSION_COOKIES, findFrameworkSession, unprefixed } from "./framework-names.ts";

/** The plain definition the combined expression must agree with: the first entry that matches. */
function firstMatch(name: string) {
	const is = (match: string | RegExp, n: string) => (typeof match === "string" ? match === n : match.test(n));
	const bare = unprefixed(name);
	return FRAMEWORK_SESSION_COOKIES.find((e) => is(e.match, name) || is(e.match, bare));
}

const SAMPLES = [
	"PHPSESSID",
	"JSESSIONID",
	"ASP.NET_SessionId",
	".AspNetCore.Session",
	".AspNetCore.Cookies",
	".AspNetCore.CookiesC1",
	"ASPXNET_SessionId",
	"connect.sid",
	"connectXsid",
	"sessionid",
	"laravel_session",
	"session",
	"SESSION",
	"__Secure-next-auth.session-token",
	"next-auth.session-token.0",
	"authjs.session-token",
	"__session",
	"appSession.1",
	"sb-abc123-auth-token",
	"KEYCLOAK_SESSION_LEGACY",
	"_myapp_session",
	"wordpress_logged_in_0123456789abcdef0123456789abcdef",
	"SSESS0123456789abcdef0123456789abcdef",
	"koa.sess",
	"__Host-sessionid",
	"__Secure-PHPSESSID",
	"sessionid_2",
	"",
	"rack.session",
	"rackXsession",
];

test.each(SAMPLES)("%j: the combined expression finds the same framework as testing each in turn", (name) => {
	expect(findFrameworkSession(name)).toBe(firstMatch(name));
});

test("agrees with testing each entry in turn on arbitrary names", () => {
	const stems = fc.constantFrom(
		"",
		"_",
		"__Host-",
		"session",
		"sess",
		"sb-",
		"SESS",
		"laravel",
		"connect",
		".Asp",
	);
	const names = fc.tuple(stems, fc.string({ maxLength: 14 })).map(([p, rest]) => p + rest);
	fc.assert(
		fc.property(names, (name) => findFrameworkSession(name) === firstMatch(name)),
		{ numRuns: 3000 },
	);
});
