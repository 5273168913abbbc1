import type { PageContext, PageHandler } from "../../page-context.ts";
import { FLOWS, type Flow, flowRoot } from "./flow.ts";
import { flowAccountPage, flowLogout, flowLogoutCookieOnly } from "./flow-account.ts";
import { flowLoginPage } from "./flow-login-page.ts";
import { flowFormSignIn, flowJsonSignIn } from "./flow-sign-in.ts";

type FlowHandler = (ctx: PageContext, flow: Flow) => void | Promise<void>;

const ACTIONS: Readonly<Record<string, FlowHandler>> = {
	login: (ctx, flow) => (ctx.req.method === "POST" ? flowFormSignIn(ctx, flow) : flowLoginPage(ctx, flow)),
	"api/login": (ctx, flow) => (ctx.req.method === "POST" ? flowJsonSignIn(ctx, flow) : methodNotAllowed(ctx)),
	account: flowAccountPage,
	logout: flowLogout,
	"logout-cookie-only": flowLogoutCookieOnly,
};

function methodNotAllowed(ctx: PageContext): void {
	ctx.res.statusCode = 405;
	ctx.res.setHeader("Allow", "POST");
	ctx.res.end();
}

/** Every `/flows/<flow>/<action>` path with its handler, for the app's route table. */
export const FLOW_ROUTES: Readonly<Record<string, PageHandler>> = Object.fromEntries(
	FLOWS.flatMap((flow) =>
		Object.entries(ACTIONS).map(([action, handler]) => [
			`${flowRoot(flow)}${action}`,
			(ctx: PageContext) => handler(ctx, flow),
		]),
	),
);
