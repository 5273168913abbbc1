import { type PageContext, requestCookie } from "../../page-context.ts";
import { requestBody } from "../../request-body.ts";
import { sendJson, sendRedirect } from "../../responses.ts";
import { type Flow, flowRoot, policyOf, WRONG_PASSWORD } from "./flow.ts";
import { SESSION_COOKIE, sessionCookie } from "./flow-cookies.ts";

interface Credentials {
	user: string;
	password: string;
}

/** `POST /flows/<flow>/login`: the form's sign-in; Post/Redirect/Get either way. */
export async function flowFormSignIn(ctx: PageContext, flow: Flow): Promise<void> {
	const form = new URLSearchParams(await requestBody(ctx));
	const setCookies = signIn(ctx, flow, {
		user: form.get("user") ?? "",
		password: form.get("password") ?? "",
	});
	if (setCookies === undefined) sendRedirect(ctx.res, `${flowRoot(flow)}login?error=1`, [], 303);
	else sendRedirect(ctx.res, `${flowRoot(flow)}account`, setCookies, 303);
}

/** `POST /flows/<flow>/api/login`: `{username, password}` as JSON, answered in JSON. */
export async function flowJsonSignIn(ctx: PageContext, flow: Flow): Promise<void> {
	const credentials = credentialsOf(await requestBody(ctx));
	const setCookies = credentials === undefined ? undefined : signIn(ctx, flow, credentials);
	if (setCookies === undefined) {
		sendJson(ctx.res, { ok: false, error: "Wrong user name or password." }, 401);
		return;
	}
	if (setCookies.length > 0) ctx.res.setHeader("Set-Cookie", setCookies);
	sendJson(ctx.res, { ok: true });
}

function credentialsOf(text: string): Credentials | undefined {
	try {
		const body = JSON.parse(text) as { username?: unknown; password?: unknown };
		if (typeof body.username !== "string" || typeof body.password !== "string") return undefined;
		return { user: body.username, password: body.password };
	} catch {
		return undefined;
	}
}

/**
 * The Set-Cookie headers of a sign-in that worked, or undefined when it failed. A failure leaves the
 * anonymous session as it was and signs nobody in.
 */
function signIn(ctx: PageContext, flow: Flow, { user, password }: Credentials): string[] | undefined {
	if (user === "" || password === "" || password === WRONG_PASSWORD) return undefined;
	const anonymous = requestCookie(ctx, SESSION_COOKIE);
	const policy = policyOf(flow);
	if ((policy === "keep" || policy === "keep-resend") && ctx.sessions.signIn(anonymous, user))
		return policy === "keep" ? [] : [sessionCookie(ctx, flow, anonymous ?? "")];
	ctx.sessions.revoke(anonymous);
	return [sessionCookie(ctx, flow, ctx.sessions.create(user))];
}
