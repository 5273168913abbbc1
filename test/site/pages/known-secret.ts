/**
 * An express-session app signed with the secret of the express-session README (`keyboard cat`), as the
 * many apps copied from it are: `/known-secret/login?user=` signs in, `/known-secret/account` says who the
 * cookie signs in. Its `connect.sid` is otherwise well set (HttpOnly, SameSite=Lax, Secure over https),
 * so `forgeable-session` is what is wrong with it. Signed by the real library (tj/node-cookie-signature).
 * Beside it, `random.sid` is the same cookie signed with a secret made at start-up: never forgeable; and
 * `staging.sid` is signed with STAGING_SECRET, in no public list: forgeable only to whoever has it, as a
 * team's own leaked staging secret is.
 */
import { randomBytes } from "node:crypto";
import { sign, unsign } from "cookie-signature";
import { isSecureOrigin, toSetCookie } from "../cookie-spec.ts";
import { escapeHtml, renderPage } from "../html.ts";
import { type PageContext, requestCookie } from "../page-context.ts";
import { sendHtml, sendRedirect } from "../responses.ts";

export const KNOWN_SECRET = "keyboard cat";
export const KNOWN_SECRET_ROOT = "/known-secret";
const COOKIE = "connect.sid";
const RANDOM_SECRET = randomBytes(32).toString("base64url");
export const STAGING_SECRET = "session-hygiene-fixture-staging-secret-7f3e";

/** express-session's value: `s:` + cookie-signature's `sign(id, secret)`, URL-encoded (expressjs/session index.js `setcookie`). */
export const expressSessionValue = (id: string, secret: string): string =>
	encodeURIComponent(`s:${sign(id, secret)}`);

function sessionIdOf(ctx: PageContext): string | undefined {
	const value = requestCookie(ctx, COOKIE);
	if (value === undefined) return undefined;
	const signed = decodeURIComponent(value);
	const id = signed.startsWith("s:") ? unsign(signed.slice(2), KNOWN_SECRET) : false;
	return id === false ? undefined : id;
}

export function knownSecretLoginPage(ctx: PageContext): void {
	const user = ctx.url.searchParams.get("user");
	if (!user) {
		const form = `<form action="${KNOWN_SECRET_ROOT}/login"><input name="user" value="alice"><button>Sign in</button></form>`;
		sendHtml(ctx.res, renderPage("Signs in with an express-session signed by a known secret", form));
		return;
	}
	const id = ctx.sessions.create(user);
	const spec = {
		name: COOKIE,
		value: () => "",
		path: KNOWN_SECRET_ROOT,
		secure: isSecureOrigin(ctx.scheme, ctx.host),
		httpOnly: true,
		sameSite: "lax" as const,
		why: "express-session's cookie, signed with the README's secret",
	};
	sendRedirect(ctx.res, `${KNOWN_SECRET_ROOT}/account`, [
		toSetCookie(spec, expressSessionValue(id, KNOWN_SECRET)),
		toSetCookie({ ...spec, name: "random.sid" }, expressSessionValue(id, RANDOM_SECRET)),
		toSetCookie({ ...spec, name: "staging.sid" }, expressSessionValue(id, STAGING_SECRET)),
	]);
}

export function knownSecretAccountPage(ctx: PageContext): void {
	const user = ctx.sessions.userOf(sessionIdOf(ctx));
	const status = user === undefined ? "Not signed in" : `Signed in as ${user}`;
	sendHtml(
		ctx.res,
		renderPage("Shows who the signed session cookie signs in", `<p id="status">${escapeHtml(status)}</p>`),
	);
}
