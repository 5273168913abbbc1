import { APP_HOST, SECURE_HOST } from "../hosts.ts";
import { escapeHtml, renderPage } from "../html.ts";
import type { PageContext } from "../page-context.ts";
import { sendHtml } from "../responses.ts";
import { FLOWS, flowRoot } from "./flows/flow.ts";

/** The index sets nothing: every cookie comes from an explicit scenario page. */
export function indexPage(ctx: PageContext): void {
	const links: [string, string][] = [
		[ctx.siteUrl(APP_HOST, "/set/spread", "https"), "A spread of good and bad cookies (https)"],
		[ctx.siteUrl(APP_HOST, "/set/spread", "http"), "The same spread over plain http (no Secure cookies)"],
		[ctx.siteUrl(SECURE_HOST, "/set/spread", "https"), "The spread on another subdomain"],
		[ctx.siteUrl(APP_HOST, "/set/roles", "https"), "A known cookie (_ga) and two whose role is a guess"],
		[ctx.siteUrl(APP_HOST, "/frame", "https"), "A third-party frame that sets cookies"],
		[ctx.siteUrl(APP_HOST, "/login?user=alice", "https"), "Sign in as alice"],
		[ctx.siteUrl(APP_HOST, "/account", "https"), "Account: who am I signed in as?"],
		[ctx.siteUrl(APP_HOST, "/logout", "https"), "Sign out (revokes the session on the server)"],
		...FLOWS.map((flow): [string, string] => [
			ctx.siteUrl(APP_HOST, `${flowRoot(flow)}login`, "https"),
			`Sign-in flow: ${flow}`,
		]),
		[
			ctx.siteUrl(APP_HOST, "/known-secret/login?user=alice", "https"),
			"Sign in to an app whose session is signed with a publicly known secret",
		],
		[ctx.siteUrl(APP_HOST, "/echo", "https"), "Echo the Cookie header the server received"],
		[ctx.siteUrl(APP_HOST, `/set?h=${encodeURIComponent("demo=1; Path=/")}`, "https"), "Set any cookie"],
		[ctx.siteUrl(APP_HOST, "/many?n=50", "https"), "Set 50 cookies at once"],
	];
	const items = links.map(([href, text]) => `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></li>`);
	const body = `<ul>\n${items.join("\n")}\n</ul>`;
	sendHtml(ctx.res, renderPage("Session Hygiene fixture site", body));
}
