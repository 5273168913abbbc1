import { escapeHtml, renderPage } from "../../html.ts";
import { type PageContext, requestCookie } from "../../page-context.ts";
import { sendHtml } from "../../responses.ts";
import { type Flow, flowRoot, isJsonFlow, policyOf } from "./flow.ts";
import {
	ANALYTICS_COOKIE,
	analyticsCookie,
	CSRF_COOKIE,
	csrfCookie,
	newCsrfToken,
	SESSION_COOKIE,
	sessionCookie,
} from "./flow-cookies.ts";

/**
 * `GET /flows/<flow>/login`: the sign-in form. Before anyone signs in it hands out what a real site
 * does: an anti-CSRF token, an analytics id and (except in `first`) an anonymous session.
 */
export function flowLoginPage(ctx: PageContext, flow: Flow): void {
	const setCookies: string[] = [];
	let csrf = requestCookie(ctx, CSRF_COOKIE);
	if (csrf === undefined) {
		csrf = newCsrfToken(flow);
		setCookies.push(csrfCookie(flow, csrf));
	}
	if (requestCookie(ctx, ANALYTICS_COOKIE) === undefined) setCookies.push(analyticsCookie(flow));
	if (policyOf(flow) !== "first" && requestCookie(ctx, SESSION_COOKIE) === undefined)
		setCookies.push(sessionCookie(ctx, flow, ctx.sessions.create()));
	const error = ctx.url.searchParams.has("error") ? "Wrong user name or password." : "";
	const body = `${loginForm(flow, csrf)}
<p id="error">${escapeHtml(error)}</p>
${isJsonFlow(flow) ? fetchScript(flow) : ""}`;
	sendHtml(ctx.res, renderPage(`Signs in (${flow})`, body), setCookies);
}

function loginForm(flow: Flow, csrf: string): string {
	return `<form method="post" action="${flowRoot(flow)}login">
<input type="hidden" name="csrfmiddlewaretoken" value="${escapeHtml(csrf)}">
<label>User <input name="user" value="alice"></label>
<label>Password <input type="password" name="password" value="correct-horse"></label>
<button type="submit">Sign in</button>
</form>`;
}

/** A front end that signs in through a JSON API, then navigates itself. */
function fetchScript(flow: Flow): string {
	const root = JSON.stringify(flowRoot(flow));
	return `<script>
const root = ${root};
document.querySelector("form").addEventListener("submit", async (event) => {
	event.preventDefault();
	const form = new FormData(event.target);
	const body = JSON.stringify({ username: form.get("user"), password: form.get("password") });
	const res = await fetch(root + "api/login", { method: "POST", headers: { "content-type": "application/json" }, body });
	if (res.ok) location.assign(root + "account");
	else document.getElementById("error").textContent = (await res.json()).error;
});
</script>`;
}
