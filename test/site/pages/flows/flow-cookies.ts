import { randomBytes } from "node:crypto";
import { type CookieSpec, isSecureOrigin, toSetCookie } from "../../cookie-spec.ts";
import type { PageContext } from "../../page-context.ts";
import { analyticsValue } from "../analytics-value.ts";
import { type Flow, flowRoot } from "./flow.ts";

export const SESSION_COOKIE = "sid";
export const CSRF_COOKIE = "csrftoken";
export const ANALYTICS_COOKIE = "_ga";

const DAY = 24 * 3600;

/** Secure only where the browser will store it, so the flows also work over plain http. */
export function sessionSpec(ctx: PageContext, flow: Flow): CookieSpec {
	return {
		name: SESSION_COOKIE,
		value: () => "",
		path: flowRoot(flow),
		secure: isSecureOrigin(ctx.scheme, ctx.host),
		httpOnly: true,
		sameSite: "lax",
		why: "the flow's session id, anonymous until the sign-in",
	};
}

/** Readable by the page's script, as Django's `csrftoken` is (Django settings, "CSRF_COOKIE_HTTPONLY"). */
function csrfSpec(flow: Flow): CookieSpec {
	return {
		name: CSRF_COOKIE,
		value: () => randomBytes(16).toString("hex"),
		path: flowRoot(flow),
		secure: false,
		httpOnly: false,
		sameSite: "lax",
		// Django settings, "CSRF_COOKIE_AGE": one year by default.
		maxAge: 365 * DAY,
		why: "the anti-CSRF token, which rightly survives the sign-in",
	};
}

function analyticsSpec(flow: Flow): CookieSpec {
	return {
		name: ANALYTICS_COOKIE,
		value: analyticsValue,
		path: flowRoot(flow),
		secure: false,
		httpOnly: false,
		sameSite: "lax",
		maxAge: 730 * DAY,
		why: "an analytics id, which rightly survives the sign-in",
	};
}

export function sessionCookie(ctx: PageContext, flow: Flow, token: string): string {
	return toSetCookie(sessionSpec(ctx, flow), token);
}

/** Max-Age=0 under the same Path, so the browser removes the very cookie the flow set. */
export function clearedSessionCookie(ctx: PageContext, flow: Flow): string {
	return toSetCookie({ ...sessionSpec(ctx, flow), maxAge: 0 }, "");
}

export function csrfCookie(flow: Flow, token: string): string {
	return toSetCookie(csrfSpec(flow), token);
}

export function analyticsCookie(flow: Flow): string {
	return toSetCookie(analyticsSpec(flow));
}

export function newCsrfToken(flow: Flow): string {
	return csrfSpec(flow).value();
}
