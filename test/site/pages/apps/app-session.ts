import { createHmac, randomBytes } from "node:crypto";
import { isSecureOrigin, toSetCookie } from "../../cookie-spec.ts";
import { type PageContext, requestCookie } from "../../page-context.ts";
import { analyticsValue } from "../analytics-value.ts";
import { APPS, appRoot, SHAPES, type Stack } from "./app-kinds.ts";

/** A secret made at start-up: the fixture's express-style signatures are real, and no known secret. */
const SECRET = randomBytes(32);
const DAY = 24 * 3600;

/**
 * express-session's cookie value: `s:` + id + `.` + HMAC-SHA256 in base64 without padding, URL-encoded
 * (expressjs/session index.js `setcookie`; tj/node-cookie-signature index.js `sign`).
 */
function expressValue(token: string): string {
	const signature = createHmac("sha256", SECRET).update(token).digest("base64").replace(/=+$/, "");
	return encodeURIComponent(`s:${token}.${signature}`);
}

function tokenOf(stack: Stack, value: string | undefined): string | undefined {
	if (value === undefined || stack !== "express") return value;
	const match = /^s:([^.]+)\./.exec(decodeURIComponent(value));
	return match?.[1];
}

export const stackOf = (app: string): Stack => APPS[app]?.stack ?? "express";

/** The session token the request's cookie carries (the id inside express's signed value). */
export function sessionToken(ctx: PageContext, app: string): string | undefined {
	const stack = stackOf(app);
	return tokenOf(stack, requestCookie(ctx, SHAPES[stack].cookie));
}

export function sessionSetCookie(ctx: PageContext, app: string, token: string, maxAge?: number): string {
	const stack = stackOf(app);
	const value = token === "" ? "" : stack === "express" ? expressValue(token) : token;
	return toSetCookie(
		{
			name: SHAPES[stack].cookie,
			value: () => value,
			path: appRoot(app),
			secure: isSecureOrigin(ctx.scheme, ctx.host),
			httpOnly: true,
			sameSite: "lax",
			...(maxAge === undefined ? {} : { maxAge }),
			why: "the app's session id",
		},
		value,
	);
}

/** Django's `csrftoken`: readable by scripts, a year long (Django settings, "CSRF_COOKIE_AGE"). */
export function csrfSetCookie(app: string): string {
	const value = randomBytes(16).toString("hex");
	const spec = { name: "csrftoken", value: () => value, path: appRoot(app), secure: false, httpOnly: false };
	return toSetCookie({ ...spec, sameSite: "lax", maxAge: 365 * DAY, why: "Django's anti-CSRF token" });
}

export function analyticsSetCookie(app: string): string {
	const spec = { name: "_ga", value: analyticsValue, path: appRoot(app), secure: false, httpOnly: false };
	return toSetCookie({ ...spec, sameSite: "lax", maxAge: 730 * DAY, why: "an analytics id" });
}

/**
 * The Set-Cookie headers of a sign-in that worked: the right twin revokes the anonymous session and
 * issues a new id (and Django rotates its CSRF token: `django.contrib.auth.login` calls `rotate_token`);
 * the wrong twin signs the anonymous id in as it is and sends nothing.
 */
export function signIn(ctx: PageContext, app: string, user: string): string[] {
	const anonymous = sessionToken(ctx, app);
	const right = APPS[app]?.right ?? true;
	if (!right && ctx.sessions.signIn(anonymous, user)) return [];
	ctx.sessions.revoke(anonymous);
	const renewed = [sessionSetCookie(ctx, app, ctx.sessions.create(user))];
	return stackOf(app) === "django" ? [...renewed, csrfSetCookie(app)] : renewed;
}
