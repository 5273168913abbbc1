/**
 * `/set/roles`: one cookie whose role known-cookie data gives (the Open Cookie Database's `_ga`) and two
 * whose role is only a guess (docs/design.md, "Roles"): an unknown name with a random HttpOnly value, and
 * a session word among a vendor's words in a cookie scripts can read.
 */
import { randomBytes } from "node:crypto";
import { type CookieSpec, toSetCookie } from "../cookie-spec.ts";
import { escapeHtml, renderPage } from "../html.ts";
import type { PageContext } from "../page-context.ts";
import { sendHtml } from "../responses.ts";
import { analyticsValue } from "./analytics-value.ts";

const DAY = 24 * 3600;

export const ROLE_COOKIES: readonly CookieSpec[] = [
	{
		name: "_ga",
		value: analyticsValue,
		path: "/",
		secure: false,
		httpOnly: false,
		sameSite: "lax",
		maxAge: 730 * DAY,
		why: "a cookie the Open Cookie Database knows: Google Analytics",
	},
	{
		name: "zq7",
		value: () => randomBytes(32).toString("base64url"),
		path: "/",
		secure: false,
		httpOnly: true,
		sameSite: "lax",
		why: "an unknown name with a random HttpOnly value: a session only by a guess",
	},
	{
		name: "acmechat_session_id",
		value: () => randomBytes(32).toString("base64url"),
		path: "/",
		secure: false,
		httpOnly: false,
		sameSite: "lax",
		why: "a session word among a chat vendor's words, readable by scripts: a session only by a guess",
	},
];

export function rolesPage(ctx: PageContext): void {
	const headers = ROLE_COOKIES.map((spec) => toSetCookie(spec));
	const items = ROLE_COOKIES.map(
		(spec, i) => `<li><code>${escapeHtml(headers[i] ?? "")}</code> — ${escapeHtml(spec.why)}</li>`,
	);
	const body = `<p>This page set ${headers.length} cookies:</p>\n<ul id="set-cookies">\n${items.join("\n")}\n</ul>`;
	sendHtml(ctx.res, renderPage("Sets a known cookie and a guessed one", body), headers);
}
