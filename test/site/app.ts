import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Scheme } from "./cookie-spec.ts";
import { escapeHtml, renderPage } from "./html.ts";
import type { PageContext, PageHandler } from "./page-context.ts";
import { APP_ROUTES } from "./pages/apps/app-routes.ts";
import { crossSitePostPage } from "./pages/cross-site.ts";
import { echoPage } from "./pages/echo.ts";
import { FLOW_ROUTES } from "./pages/flows/flow-routes.ts";
import { framePage, widgetPage } from "./pages/frame.ts";
import { indexPage } from "./pages/index.ts";
import { KNOWN_SECRET_ROOT, knownSecretAccountPage, knownSecretLoginPage } from "./pages/known-secret.ts";
import { accountPage, loginPage, logoutPage } from "./pages/login.ts";
import { manyPage } from "./pages/many.ts";
import { rawSetCookiePage } from "./pages/raw-set-cookie.ts";
import { rolesPage } from "./pages/roles.ts";
import { redirectPage, scriptCookiePage, setHeadersPage } from "./pages/set-headers.ts";
import { spreadPage } from "./pages/spread.ts";
import { sendHtml } from "./responses.ts";
import type { SessionStore } from "./session-store.ts";

/** One request as the server received it, so a test can check what the browser sent. */
export interface RecordedRequest {
	method: string;
	/** Host name from the Host header, without port. */
	host: string;
	/** Path and query as requested. */
	path: string;
	cookie: string | undefined;
	/** Epoch milliseconds. */
	time: number;
}

const ROUTES: Readonly<Record<string, PageHandler>> = {
	"/": indexPage,
	"/set/spread": spreadPage,
	"/set/roles": rolesPage,
	"/frame": framePage,
	"/widget": widgetPage,
	"/echo": echoPage,
	"/login": loginPage,
	"/account": accountPage,
	"/logout": logoutPage,
	"/set": setHeadersPage,
	"/redirect": redirectPage,
	"/script-cookie": scriptCookiePage,
	"/many": manyPage,
	"/raw-set-cookie": rawSetCookiePage,
	"/cross-site/post": crossSitePostPage,
	[`${KNOWN_SECRET_ROOT}/login`]: knownSecretLoginPage,
	[`${KNOWN_SECRET_ROOT}/account`]: knownSecretAccountPage,
	...FLOW_ROUTES,
	...APP_ROUTES,
};

export interface AppOptions {
	scheme: Scheme;
	sessions: SessionStore;
	requests: RecordedRequest[];
	siteUrl: PageContext["siteUrl"];
}

/** The same app serves every host on both schemes; pages that care look at `ctx.host` and `ctx.scheme`. */
export function createApp(options: AppOptions): RequestListener {
	return (req, res) => {
		const ctx = contextOf(req, res, options);
		options.requests.push({
			method: req.method ?? "GET",
			host: ctx.host,
			path: ctx.url.pathname + ctx.url.search,
			cookie: req.headers.cookie,
			time: Date.now(),
		});
		// Every response, errors included: a cached page would hide what the server would set or see now.
		res.setHeader("Cache-Control", "no-store");
		const handler = ROUTES[ctx.url.pathname] ?? notFoundPage;
		Promise.resolve()
			.then(() => handler(ctx))
			.catch((error: unknown) => sendError(res, error));
	};
}

function contextOf(req: IncomingMessage, res: ServerResponse, options: AppOptions): PageContext {
	const url = new URL(req.url ?? "/", `${options.scheme}://${req.headers.host ?? "127.0.0.1"}`);
	return {
		req,
		res,
		url,
		host: url.hostname,
		scheme: options.scheme,
		sessions: options.sessions,
		siteUrl: options.siteUrl,
	};
}

function notFoundPage(ctx: PageContext): void {
	const body = `<p>No fixture page at <code>${escapeHtml(ctx.url.pathname)}</code>.</p>`;
	sendHtml(ctx.res, renderPage("Not found", body), [], 404);
}

function sendError(res: ServerResponse, error: unknown): void {
	if (res.headersSent) {
		res.destroy();
		return;
	}
	const message = error instanceof Error ? error.message : String(error);
	sendHtml(res, renderPage("Fixture site error", `<pre>${escapeHtml(message)}</pre>`), [], 500);
}
