import { expect, test } from "vitest";
import { KNOWN_COOKIE_OVERRIDES, knownCookieOverride } from "./known-cookie-overrides.ts";
import { knownCookieRole } from "./known-cookie-role.ts";
import { knownCookie } from "./known-cookies.ts";

// On the site the Open Cookie Database names (the first); the others are the same platform's other domains.
const cases = KNOWN_COOKIE_OVERRIDES.flatMap((o) =>
	o.names.map((name) => [name, o.sites[0] ?? "", o] as const),
);

test.each(cases)(
	"%s on %s: the data knows it and gives another role, so the override is needed",
	(name, site, o) => {
		const known = knownCookie(name, site);
		expect(known).toBeDefined();
		expect(known && knownCookieRole(known)?.role).not.toBe(o.role);
		expect(o.source).toMatch(/^https:\/\//);
	},
);

test("an override applies on its site only", () => {
	expect(knownCookieOverride("SID", "google.com")?.role).toBe("session");
	expect(knownCookieOverride("SID", "example.com")).toBeUndefined();
	expect(knownCookieOverride("sid", "google.com")).toBeUndefined();
});

test("an override applies on each of its platform's domains", () => {
	expect(knownCookieOverride("ct0", "x.com")?.role).toBe("csrf");
	expect(knownCookieOverride("auth_token", "x.com")?.role).toBe("session");
	expect(knownCookieOverride("ct0", "twitter.com")?.role).toBe("csrf");
});
