import { type CookieSpec, isSecureOrigin, type Scheme, toSetCookie } from "../cookie-spec.ts";
import { escapeHtml, renderPage } from "../html.ts";
import { type PageContext, requestCookie } from "../page-context.ts";
import { requestBody } from "../request-body.ts";
import { sendHtml, sendRedirect } from "../responses.ts";

export const LOGIN_COOKIE_NAME = "app_session";

/** Secure only where the browser will store it, so the sign-in flow also works over plain http. */
export function loginCookieSpec(scheme: Scheme, host: string): CookieSpec {
	return {
		name: LOGIN_COOKIE_NAME,
		value: () => "",
		path: "/",
		secure: isSecureOrigin(scheme, host),
		httpOnly: true,
		sameSite: "lax",
		why: "the session of a signed-in user, revoked server-side on logout",
	};
}

const LOGIN_FORM = `<form method="post" action="/login">
<label>User <input name="user" value="alice"></label>
<button type="submit">Sign in</button>
</form>`;

/** `/login?user=` or a POSTed form: starts a server-side session and goes to /account. */
export async function loginPage(ctx: PageContext): Promise<void> {
	const user = ctx.req.method === "POST" ? await formField(ctx, "user") : ctx.url.searchParams.get("user");
	if (!user) {
		sendHtml(ctx.res, renderPage("Signs in and sets a session cookie", LOGIN_FORM));
		return;
	}
	const token = ctx.sessions.create(user);
	sendRedirect(ctx.res, "/account", [toSetCookie(loginCookieSpec(ctx.scheme, ctx.host), token)]);
}

export function accountPage(ctx: PageContext): void {
	const user = ctx.sessions.userOf(requestCookie(ctx, LOGIN_COOKIE_NAME));
	const status = user === undefined ? "Not signed in" : `Signed in as ${user}`;
	const actions = user === undefined ? `<a href="/login">Sign in</a>` : `<a href="/logout">Sign out</a>`;
	const body = `<p id="status">${escapeHtml(status)}</p>\n<p>${actions}</p>`;
	sendHtml(ctx.res, renderPage("Shows who the session cookie signs in", body));
}

/** Revokes the session on the server first: a restored copy of the cookie must not sign in again. */
export function logoutPage(ctx: PageContext): void {
	ctx.sessions.revoke(requestCookie(ctx, LOGIN_COOKIE_NAME));
	const cleared = { ...loginCookieSpec(ctx.scheme, ctx.host), maxAge: 0 };
	sendRedirect(ctx.res, "/account", [toSetCookie(cleared, "")]);
}

async function formField(ctx: PageContext, name: string): Promise<string | null> {
	return new URLSearchParams(await requestBody(ctx)).get(name);
}
