import { describe, expect, test } from "vitest";
import type { OcdCategory } from "./known-cookie-data.ts";
import { knownCookieRole } from "./known-cookie-role.ts";

const role = (category: OcdCategory, description: string) =>
	knownCookieRole({ platform: "P", category, description })?.role;

test.each([
	["Analytics", "analytics cookie of Google Analytics (Open Cookie Database)"],
	["Marketing", "marketing cookie of Google Analytics (Open Cookie Database)"],
] as const)("%s entries are not logins, whatever they say", (category, reason) => {
	const known = { platform: "Google Analytics", category, description: "Identifies signed-in users" };
	expect(knownCookieRole(known)).toEqual({ role: "other", reason, confidence: "known" });
});

test("a Security entry about cross-site request forgery is an anti-CSRF token", () => {
	const known = {
		platform: "Magento",
		category: "Security" as const,
		description:
			"appends a random string to all form submissions to protect against Cross-Site Request Forgery (CSRF).",
	};
	expect(knownCookieRole(known)).toEqual({
		role: "csrf",
		reason: "anti-CSRF cookie of Magento (Open Cookie Database)",
		confidence: "known",
	});
});

describe("a Functional, Security or Necessary entry is a session when its description says it carries a sign-in", () => {
	test.each([
		["Functional", "Used to store the ID of the logged in user.", "logged in"],
		["Functional", "ID of current authentication session.", "authentication"],
		["Functional", "Used to keep the administrator session of the forum.", "administrator session"],
		["Functional", "Session ID", "session id"],
		["Functional", "Used to identify a session ID when logged-in to the TYPO3 Frontend", "session id"],
		["Functional", "Helps to authenticate you when you sign in with your Microsoft account.", "authenticate"],
		["Functional", "Used for maintaining the SSO session.", "sso"],
		[
			"Functional",
			"Remember me functionality for Devise authentication gem in Rails applications.",
			"remember me",
		],
		["Necessary", "Supabase authentication and session management cookies.", "authentication"],
		["Security", "This cookie is used for security authenticate users.", "authenticate"],
	] as const)("%s: %j (%s)", (category, description, phrase) => {
		expect(knownCookieRole({ platform: "P", category, description })).toEqual({
			role: "session",
			reason: `sign-in cookie of P (Open Cookie Database: "${phrase}")`,
			confidence: "known",
		});
	});
});

describe("session in the sense of a visit or a lifetime is not a login", () => {
	test.each([
		"session cookie (expires after your session) which collects data about a user's visit to the website",
		"This is a temporary session cookie generated to detect if the cookies are enabled on the user browser.",
		"componentType is a session cookie, used for correct recording the type of the page",
		"A cookie that holds the current session data. This ensues that subsequent requests within the session window will be attributed to the same Hotjar session.",
		"Browsing session: the asterisks identify an alphanumerical code that varies from session to session.",
		"Used to count the number of sessions to the website.",
		"Used to properly route server requests within Salesforce infrastructure for sticky sessions.",
	])("%j", (description) => {
		expect(role("Functional", description)).toBeUndefined();
	});
});

describe("a description about something beside the sign-in is not a login", () => {
	test.each([
		"This is a unique anonymous session identifier cookie.",
		"This is required to identify entities that are not authenticated when authorization is required.",
		"Used to store the callback URL which the user should be redirected to after login.",
		"Preserves the destination page that was loading before the customer was directed to log in.",
		"Determines if the login page remembers the user's username.",
		"This cookie remembers the last email address you used to login",
		"This cookie verifies that you are logging in from a known device.",
		"Used by Google to prevent fraudulent login attempts.",
		"Used to denote whether the user has gone through two factor authentication or solved a Captcha.",
		"Stores the OpenID state when SSO acts as a relying party.",
		"This cookie is used by Azure Apps to keep a user session on the same server.",
		"It identifies a new user session of the live chat software.",
		"Serves as cross-site request forgery (CSRF) protection when moving between servlets in SSO.",
		"Used to log secure browser sessions/visits for internal-only product analytics after login.",
	])("%j", (description) => {
		expect(role("Functional", description)).toBeUndefined();
	});
});

test.each([
	["Personalization", "Preference of a logged-in user"],
	["Functional", "Saves language preferences of user for a website"],
	["Functional", ""],
] as const)("%s %j implies no role", (category, description) => {
	expect(role(category, description)).toBeUndefined();
});

test("an entry without a description implies a role only by its category", () => {
	expect(knownCookieRole({ platform: "P", category: "Functional" })).toBeUndefined();
	expect(knownCookieRole({ platform: "P", category: "Marketing" })?.role).toBe("other");
});
