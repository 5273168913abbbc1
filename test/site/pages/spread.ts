import { randomBytes } from "node:crypto";
import { type CookieSpec, isStorable, type Scheme, toSetCookie } from "../cookie-spec.ts";
import { APP_SITE } from "../hosts.ts";
import { escapeHtml, renderPage } from "../html.ts";
import type { PageContext } from "../page-context.ts";
import { sendHtml } from "../responses.ts";
import { analyticsValue } from "./analytics-value.ts";

const DAY = 24 * 3600;

/** Good and bad cookies side by side, one per finding the extension should (or should not) raise. */
export const SPREAD_COOKIES: readonly CookieSpec[] = [
	{
		name: "__Host-session",
		value: () => randomBytes(32).toString("base64url"),
		path: "/",
		secure: true,
		httpOnly: true,
		sameSite: "lax",
		why: "a well-protected session cookie (https only)",
	},
	{
		name: "sessionid",
		value: () => randomBytes(16).toString("hex"),
		path: "/",
		secure: false,
		httpOnly: false,
		sameSite: "unspecified",
		why: "a session cookie without Secure, HttpOnly or SameSite",
	},
	{
		name: "remember_token",
		value: () => randomBytes(24).toString("hex"),
		path: "/",
		domain: APP_SITE,
		secure: false,
		httpOnly: true,
		sameSite: "lax",
		maxAge: 30 * DAY,
		why: "a remember-me token shared with every subdomain",
	},
	{
		name: "prefs",
		value: () => "theme.dark-lang.en",
		path: "/",
		secure: false,
		httpOnly: false,
		sameSite: "lax",
		maxAge: 400 * DAY,
		why: "a preference cookie that lives 400 days",
	},
	{
		name: "csrftoken",
		value: () => randomBytes(24).toString("base64url"),
		path: "/",
		secure: false,
		httpOnly: false,
		sameSite: "strict",
		why: "an anti-CSRF token, readable by scripts on purpose",
	},
	{
		name: "_ga",
		value: analyticsValue,
		path: "/",
		secure: false,
		httpOnly: false,
		sameSite: "unspecified",
		maxAge: 730 * DAY,
		why: "an analytics id asking for two years (capped at 400 days)",
	},
	{
		name: "_gid",
		value: analyticsValue,
		path: "/",
		secure: false,
		httpOnly: false,
		sameSite: "unspecified",
		maxAge: DAY,
		why: "an analytics id for one day",
	},
];

/** Only what the browser will store: no Secure cookies over plain http (except localhost), no foreign Domain. */
export function spreadCookiesFor(scheme: Scheme, host: string): CookieSpec[] {
	return SPREAD_COOKIES.filter((spec) => isStorable(spec, scheme, host));
}

export function spreadPage(ctx: PageContext): void {
	const specs = spreadCookiesFor(ctx.scheme, ctx.host);
	const headers = specs.map((spec) => toSetCookie(spec));
	const items = specs.map(
		(spec, i) => `<li><code>${escapeHtml(headers[i] ?? "")}</code> — ${escapeHtml(spec.why)}</li>`,
	);
	const skipped = SPREAD_COOKIES.length - specs.length;
	const note =
		skipped === 0
			? ""
			: `<p>${skipped} cookie(s) left out: the browser would refuse them over ${ctx.scheme} on ${escapeHtml(ctx.host)}.</p>`;
	const body = `<p>This page set ${specs.length} cookies:</p>\n<ul id="set-cookies">\n${items.join("\n")}\n</ul>\n${note}`;
	sendHtml(ctx.res, renderPage("Sets a spread of good and bad cookies", body), headers);
}
