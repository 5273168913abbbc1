/**
 * `/cross-site/post?to=<URL>`: a form that POSTs itself to `to` as a top-level navigation, for
 * SameSite-enforcement tests served from another site than the target. The target (usually /echo)
 * records what Cookie header the browser sent with it.
 */
import { escapeHtml, renderPage } from "../html.ts";
import type { PageContext } from "../page-context.ts";
import { sendHtml } from "../responses.ts";

const target = (ctx: PageContext): string => escapeHtml(ctx.url.searchParams.get("to") ?? "/");

export function crossSitePostPage(ctx: PageContext): void {
	const body = `<form method="post" action="${target(ctx)}"><button>Send</button></form>
<script>document.forms[0].submit();</script>`;
	sendHtml(ctx.res, renderPage("Posts a form to another site", body));
}
