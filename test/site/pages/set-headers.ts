import { renderPage, renderSetCookieList } from "../html.ts";
import type { PageContext } from "../page-context.ts";
import { sendHtml, sendRedirect } from "../responses.ts";

/** `/set?h=<Set-Cookie>&h=…`: relays exactly the given headers, in order, refusing nothing. */
export function setHeadersPage(ctx: PageContext): void {
	const headers = ctx.url.searchParams.getAll("h");
	sendHtml(ctx.res, renderPage("Sets the cookies given in the URL", renderSetCookieList(headers)), headers);
}

/** `/redirect?to=<path or URL>&h=<Set-Cookie>`: one 302 hop that sets cookies on the way. */
export function redirectPage(ctx: PageContext): void {
	const to = ctx.url.searchParams.get("to") ?? "/";
	sendRedirect(ctx.res, to, ctx.url.searchParams.getAll("h"));
}
