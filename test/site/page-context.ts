import type { IncomingMessage, ServerResponse } from "node:http";
import type { Scheme } from "./cookie-spec.ts";
import type { SessionStore } from "./session-store.ts";

/** Everything a page handler needs about one request and the running site. */
export interface PageContext {
	req: IncomingMessage;
	res: ServerResponse;
	url: URL;
	/** The host name the request addressed (from the Host header, without port). */
	host: string;
	scheme: Scheme;
	sessions: SessionStore;
	/** The URL of a path on a host of this running site (ports filled in). */
	siteUrl(host: string, path: string, scheme: Scheme): string;
}

export type PageHandler = (ctx: PageContext) => void | Promise<void>;

/** Reads one cookie from the request's Cookie header; the first wins, as servers usually do. */
export function requestCookie(ctx: PageContext, name: string): string | undefined {
	for (const pair of (ctx.req.headers.cookie ?? "").split(";")) {
		const eq = pair.indexOf("=");
		if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
	}
	return undefined;
}
