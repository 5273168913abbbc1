import { escapeHtml, renderPage } from "../../html.ts";
import { type PageContext, requestCookie } from "../../page-context.ts";
import { sendHtml, sendRedirect } from "../../responses.ts";
import { type Flow, flowRoot } from "./flow.ts";
import { clearedSessionCookie, SESSION_COOKIE } from "./flow-cookies.ts";

/** `GET /flows/<flow>/account`: who the request's `sid` signs in, if anyone. */
export function flowAccountPage(ctx: PageContext, flow: Flow): void {
	const user = ctx.sessions.userOf(requestCookie(ctx, SESSION_COOKIE));
	const status = user === undefined ? "Not signed in" : `Signed in as ${user}`;
	const root = flowRoot(flow);
	const actions =
		user === undefined
			? `<a href="${root}login">Sign in</a>`
			: `<a href="${root}logout">Sign out</a> <a href="${root}logout-cookie-only">Sign out (cookie only)</a>`;
	const body = `<p id="status">${escapeHtml(status)}</p>\n<p>${actions}</p>`;
	sendHtml(ctx.res, renderPage(`Shows who the session signs in (${flow})`, body));
}

/** `GET /flows/<flow>/logout`: revokes the session on the server, then clears the cookie. */
export function flowLogout(ctx: PageContext, flow: Flow): void {
	ctx.sessions.revoke(requestCookie(ctx, SESSION_COOKIE));
	sendRedirect(ctx.res, `${flowRoot(flow)}account`, [clearedSessionCookie(ctx, flow)], 303);
}

/**
 * `GET /flows/<flow>/logout-cookie-only`: clears the cookie and nothing else, as a logout that forgets
 * the server side does; a restored copy still signs in (OWASP Session Management Cheat Sheet, "Manual
 * Session Expiration").
 */
export function flowLogoutCookieOnly(ctx: PageContext, flow: Flow): void {
	sendRedirect(ctx.res, `${flowRoot(flow)}account`, [clearedSessionCookie(ctx, flow)], 303);
}
