import { randomBytes } from "node:crypto";
import { type CookieSpec, toSetCookie } from "../cookie-spec.ts";
import { WIDGET_HOST } from "../hosts.ts";
import { escapeHtml, renderPage, renderSetCookieList } from "../html.ts";
import type { PageContext } from "../page-context.ts";
import { sendHtml } from "../responses.ts";

/**
 * What the third-party widget sets. Both need SameSite=None and Secure to be stored in a cross-site
 * frame at all; one opts into CHIPS partitioning, the other does not, so the browsers' third-party
 * policies show up in the jar (see expected-cookies.ts).
 */
export const WIDGET_COOKIES: readonly CookieSpec[] = [
	{
		name: "widget_session",
		value: () => randomBytes(16).toString("hex"),
		path: "/",
		secure: true,
		httpOnly: true,
		sameSite: "none",
		partitioned: true,
		why: "a partitioned (CHIPS) third-party session",
	},
	{
		name: "widget_prefs",
		value: () => "compact",
		path: "/",
		secure: true,
		httpOnly: false,
		sameSite: "none",
		why: "an unpartitioned third-party cookie",
	},
];

/** The widget is always loaded over https: its cookies are Secure. */
export function framePage(ctx: PageContext): void {
	const src = ctx.siteUrl(WIDGET_HOST, "/widget", "https");
	const body = `<p>The frame below comes from <code>${escapeHtml(WIDGET_HOST)}</code>, another site, and sets its own cookies.</p>
<iframe id="widget" title="Third-party widget" src="${escapeHtml(src)}" width="600" height="200"></iframe>`;
	sendHtml(ctx.res, renderPage("Embeds a third-party widget that sets cookies", body));
}

export function widgetPage(ctx: PageContext): void {
	const headers = WIDGET_COOKIES.map((spec) => toSetCookie(spec));
	const body = `<p>Served by ${escapeHtml(ctx.host)}.</p>\n${renderSetCookieList(headers)}`;
	sendHtml(ctx.res, renderPage("Third-party widget: sets cookies in a frame", body), headers);
}
