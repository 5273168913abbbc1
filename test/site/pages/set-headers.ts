import { renderPage, renderSetCookieList } from "../html.ts";
import type { PageContext } from "../page-context.ts";
import { sendHtml, sendRedirect } from "../responses.ts";

/**
 * `/set?h=<Set-Cookie>&h=…[&sts=<Strict-Transport-Security>]`: relays exactly the given headers, in
 * order, refusing nothing; `sts` adds that Strict-Transport-Security header (over https only, where a
 * browser reads it: RFC 6797 §8.1).
 */
export function setHeadersPage(ctx: PageContext): void {
	const headers = ctx.url.searchParams.getAll("h");
	const sts = ctx.url.searchParams.get("sts");
	if (sts !== null && ctx.scheme === "https") ctx.res.setHeader("Strict-Transport-Security", sts);
	sendHtml(ctx.res, renderPage("Sets the cookies given in the URL", renderSetCookieList(headers)), headers);
}

/** `/redirect?to=<path or URL>&h=<Set-Cookie>`: one 302 hop that sets cookies on the way. */
export function redirectPage(ctx: PageContext): void {
	const to = ctx.url.searchParams.get("to") ?? "/";
	sendRedirect(ctx.res, to, ctx.url.searchParams.getAll("h"));
}

/**
 * `/script-cookie?c=<cookie string>&c=…`: sends no Set-Cookie; the page's own script writes each
 * `c` through `document.cookie`, as a front end that keeps its token in a cookie does.
 */
export function scriptCookiePage(ctx: PageContext): void {
	const writes = ctx.url.searchParams.getAll("c");
	// JSON in a <script>: "<" escaped so no value can close the element.
	const data = JSON.stringify(writes).replace(/</g, "\\u003c");
	const body = `${renderSetCookieList([])}
<script>for (const c of ${data}) document.cookie = c; document.body.dataset.written = "${writes.length}";</script>`;
	sendHtml(ctx.res, renderPage("Writes cookies from a page script", body));
}
