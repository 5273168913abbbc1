import type { PageContext, PageHandler } from "../../page-context.ts";
import { APPS, appRoot, SHAPES } from "./app-kinds.ts";
import { appFormSignIn, appHomePage, appJsonSignIn, appLoginPage, appLogout } from "./app-pages.ts";
import { stackOf } from "./app-session.ts";

function routesOf(app: string): [string, PageHandler][] {
	const shape = SHAPES[stackOf(app)];
	const at = (path: string) => `${appRoot(app)}${path}`;
	const login = (ctx: PageContext) =>
		ctx.req.method === "POST" ? appFormSignIn(ctx, app) : appLoginPage(ctx, app);
	return [
		[at(shape.login), login],
		[at("api/session"), (ctx) => appJsonSignIn(ctx, app)],
		[at(shape.home), (ctx) => appHomePage(ctx, app)],
		[at(shape.logout), (ctx) => appLogout(ctx, app)],
	];
}

/** Every `/apps/<app>/…` path with its handler, for the app's route table. */
export const APP_ROUTES: Readonly<Record<string, PageHandler>> = Object.fromEntries(
	Object.keys(APPS).flatMap(routesOf),
);
