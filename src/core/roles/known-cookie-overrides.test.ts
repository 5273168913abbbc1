import { expect, test } from "vitest";
import { makeCookie } from "../rules/testing/rule-context.ts";
import { DEFAULT_SETTINGS } from "../settings/settings.ts";
import { classifyRole } from "./classify-role.ts";
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

test("a platform's documented use of a framework's default name beats the framework default on its site only", () => {
	const jsessionid = (domain: string) =>
		classifyRole(
			makeCookie({ name: "JSESSIONID", value: "%22ajax:1234567890123456789%22", domain }),
			domain,
			DEFAULT_SETTINGS,
		);
	expect(jsessionid("linkedin.com")).toMatchObject({ role: "csrf", confidence: "known" });
	expect(jsessionid("example.com")).toMatchObject({
		role: "session",
		reason: "framework default session cookie of Java Servlet (Tomcat, Jetty …) (JSESSIONID)",
	});
});
