/**
 * The fake host names the fixture site answers to. They resolve to 127.0.0.1 only through browser
 * flags (Chromium's host-resolver rules, Firefox's network.dns.localDomains), never through the system.
 */

export const APP_HOST = "app.example.test";
export const SECURE_HOST = "secure.example.test";
export const OTHER_HOST = "other.example.test";
/**
 * A truly third-party host for the embedded widget. It must not share the registrable domain of
 * the app (a `tracker.example.test` would be same-site), so it lives under another one.
 */
export const WIDGET_HOST = "widgets.thirdparty.test";

/** The registrable domain the app hosts share; `Domain=` cookies use it. */
export const APP_SITE = "example.test";

export const FIXTURE_HOSTS = [APP_HOST, SECURE_HOST, OTHER_HOST, WIDGET_HOST] as const;
export type FixtureHost = (typeof FIXTURE_HOSTS)[number];

/**
 * For Chromium's `--host-resolver-rules=`: one argument, no quotes inside it, or names do not resolve
 * (docs/browser-quirks.md, "Chromium host-resolver rules take no quotes"). Rules are comma-separated.
 */
export const HOST_RESOLVER_RULES = "MAP *.example.test 127.0.0.1, MAP *.thirdparty.test 127.0.0.1";

/** For Firefox's `network.dns.localDomains` pref: exact names only, it takes no wildcards. */
export const FIREFOX_LOCAL_DOMAINS = FIXTURE_HOSTS.join(",");
