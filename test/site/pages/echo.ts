import type { PageContext } from "../page-context.ts";
import { sendJson } from "../responses.ts";

/** What the server received, so a test can check the effect of a cookie action from the server's side. */
export function echoPage(ctx: PageContext): void {
	sendJson(ctx.res, {
		cookie: ctx.req.headers.cookie ?? null,
		host: ctx.host,
		path: ctx.url.pathname + ctx.url.search,
	});
}
