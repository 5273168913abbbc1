/**
 * The sign-in flows under `/flows/<flow>/…`: each one a way a real server treats its session cookie at
 * sign-in (OWASP Session Management Cheat Sheet, "Renew the Session ID After Any Privilege Level
 * Change"). Every flow keeps its cookies under its own Path, so flows never see each other's cookies.
 */
export const FLOWS = ["renew", "keep", "json-renew", "json-keep", "first"] as const;

export type Flow = (typeof FLOWS)[number];

/**
 * What the sign-in does with the session cookie:
 * - renew: a new id; the old session is revoked on the server;
 * - keep: the anonymous id is signed in as it is, and no Set-Cookie is sent for it;
 * - keep-resend: the same, but the unchanged id is sent again (express-session's `rolling` option);
 * - first: no session before the sign-in; the id is set for the first time.
 */
export type SessionPolicy = "renew" | "keep" | "keep-resend" | "first";

const POLICIES: Readonly<Record<Flow, SessionPolicy>> = {
	renew: "renew",
	keep: "keep",
	"json-renew": "renew",
	"json-keep": "keep-resend",
	first: "first",
};

export function policyOf(flow: Flow): SessionPolicy {
	return POLICIES[flow];
}

/** JSON flows sign in through `fetch` from the login page's script, not through the form's navigation. */
export function isJsonFlow(flow: Flow): boolean {
	return flow.startsWith("json-");
}

/** `/flows/<flow>/` — the Path of every cookie of the flow. */
export function flowRoot(flow: Flow): string {
	return `/flows/${flow}/`;
}

export const WRONG_PASSWORD = "wrong";
