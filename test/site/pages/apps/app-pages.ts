import { escapeHtml, renderPage } from "../../html.ts";
import { type PageContext, requestCookie } from "../../page-context.ts";
import { requestBody } from "../../request-body.ts";
import { sendHtml, sendJson, sendRedirect } from "../../responses.ts";
import { WRONG_PASSWORD } from "../flows/flow.ts";
import { APPS, appRoot, SHAPES } from "./app-kinds.ts";
import {
	analyticsSetCookie,
	csrfSetCookie,
	sessionSetCookie,
	sessionToken,
	signIn,
	stackOf,
} from "./app-session.ts";

const shapeOf = (app: string) => SHAPES[stackOf(app)];
const url = (app: string, path: string) => `${appRoot(app)}${path}`;
const accepts = (user: string, password: string) =>
	user !== "" && password !== "" && password !== WRONG_PASSWORD;

/** What a first visit hands out: an anonymous session, an analytics id, and Django's CSRF token. */
function firstVisitCookies(ctx: PageContext, app: string): string[] {
	const cookies: string[] = [];
	if (sessionToken(ctx, app) === undefined) cookies.push(sessionSetCookie(ctx, app, ctx.sessions.create()));
	if (requestCookie(ctx, "_ga") === undefined) cookies.push(analyticsSetCookie(app));
	if (stackOf(app) === "django" && requestCookie(ctx, "csrftoken") === undefined)
		cookies.push(csrfSetCookie(app));
	return cookies;
}

function loginForm(ctx: PageContext, app: string, error: string): string {
	const shape = shapeOf(app);
	const action =
		stackOf(app) === "spa" ? "" : ` method="post" action="${escapeHtml(ctx.url.pathname + ctx.url.search)}"`;
	return `<form${action}>
<label>User <input name="${shape.userField}" value="alice"></label>
<label>Password <input type="password" name="${shape.passwordField}" value="correct-horse"></label>
<button type="submit">Sign in</button>
</form>
<p id="error">${escapeHtml(error)}</p>`;
}

/** The spa's front end: JSON to the API, `home` when it says ok, its error otherwise. */
function spaScript(app: string): string {
	return `<script>
document.querySelector("form").addEventListener("submit", async (event) => {
	event.preventDefault();
	const form = new FormData(event.target);
	const user = { email: form.get("email"), password: form.get("password") };
	const res = await fetch(${JSON.stringify(url(app, "api/session"))}, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ user }) });
	const answer = await res.json();
	if (answer.ok) location.assign(${JSON.stringify(url(app, "home"))});
	else document.getElementById("error").textContent = answer.error;
});
</script>`;
}

export function appLoginPage(ctx: PageContext, app: string, error = "", status = 200): void {
	const script = stackOf(app) === "spa" ? spaScript(app) : "";
	sendHtml(
		ctx.res,
		renderPage(`Signs in (${app})`, loginForm(ctx, app, error) + script),
		firstVisitCookies(ctx, app),
		status,
	);
}

/** A form's sign-in, answered as the app's stack does. */
export async function appFormSignIn(ctx: PageContext, app: string): Promise<void> {
	const shape = shapeOf(app);
	const form = new URLSearchParams(await requestBody(ctx));
	const user = form.get(shape.userField) ?? "";
	const ok = accepts(user, form.get(shape.passwordField) ?? "");
	const stack = stackOf(app);
	if (stack === "express") {
		if (ok) sendRedirect(ctx.res, url(app, shape.home), signIn(ctx, app, user));
		else sendRedirect(ctx.res, url(app, shape.login));
	} else if (!ok) {
		appLoginPage(ctx, app, "Please enter a correct username and password.");
	} else if (stack === "django") {
		const next = ctx.url.searchParams.get("next") ?? url(app, shape.home);
		sendRedirect(
			ctx.res,
			next.startsWith(appRoot(app)) ? next : url(app, shape.home),
			signIn(ctx, app, user),
		);
	} else {
		const body = `<h1 id="status">Welcome, ${escapeHtml(user)}</h1>\n<p><a href="${url(app, shape.home)}">Your account</a></p>`;
		sendHtml(ctx.res, renderPage(`Welcome (${app})`, body), signIn(ctx, app, user));
	}
}

/** The spa's `POST api/session`: 200 either way, as some APIs do. */
export async function appJsonSignIn(ctx: PageContext, app: string): Promise<void> {
	let user = "";
	let password = "";
	try {
		const body = JSON.parse(await requestBody(ctx)) as { user?: { email?: unknown; password?: unknown } };
		user = typeof body.user?.email === "string" ? body.user.email : "";
		password = typeof body.user?.password === "string" ? body.user.password : "";
	} catch {
		// A body that is no JSON is a failed sign-in like any other.
	}
	if (!accepts(user, password)) {
		sendJson(ctx.res, { ok: false, error: "Invalid email or password." });
		return;
	}
	const setCookies = signIn(ctx, app, user);
	if (setCookies.length > 0) ctx.res.setHeader("Set-Cookie", setCookies);
	sendJson(ctx.res, { ok: true });
}

/** The signed-in page; an unknown session is sent to sign in (express, django) or told to (php, spa). */
export function appHomePage(ctx: PageContext, app: string): void {
	const shape = shapeOf(app);
	const user = ctx.sessions.userOf(sessionToken(ctx, app));
	if (user === undefined && (stackOf(app) === "express" || stackOf(app) === "django")) {
		const next = stackOf(app) === "django" ? `?next=${encodeURIComponent(ctx.url.pathname)}` : "";
		sendRedirect(ctx.res, `${url(app, shape.login)}${next}`);
		return;
	}
	const status = user === undefined ? "Not signed in" : `Signed in as ${user}`;
	const link =
		user === undefined
			? `<a href="${url(app, shape.login)}">Please sign in</a>`
			: `<a href="${url(app, shape.logout)}">Sign out</a>`;
	sendHtml(
		ctx.res,
		renderPage(`Account (${app})`, `<p id="status">${escapeHtml(status)}</p>\n<p>${link}</p>`),
	);
}

/** The right twin forgets the session on the server; both clear the cookie and go to the sign-in page. */
export function appLogout(ctx: PageContext, app: string): void {
	if (APPS[app]?.right) ctx.sessions.revoke(sessionToken(ctx, app));
	sendRedirect(ctx.res, url(app, shapeOf(app).login), [sessionSetCookie(ctx, app, "", 0)]);
}
