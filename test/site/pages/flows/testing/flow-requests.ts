import type { FixtureSite } from "../../../fixture-site.ts";
import { cookieHeaderFrom, requestSite, type SiteResponse } from "../../../testing/request-site.ts";
import { type Flow, flowRoot, isJsonFlow } from "../flow.ts";

export interface Visit {
	res: SiteResponse;
	/** The Cookie header a browser would send afterwards, under the flow's Path. */
	cookie: string;
}

/** GET the login page with no cookies, as a first visit. */
export async function openLogin(
	site: FixtureSite,
	flow: Flow,
	scheme: "http" | "https" = "https",
): Promise<Visit> {
	const res = await requestSite(site, { path: `${flowRoot(flow)}login`, scheme });
	return { res, cookie: cookieHeaderFrom(res.headers["set-cookie"]) };
}

/** Signs in the way the flow's page does: the form for form flows, the JSON API for json flows. */
export function submitSignIn(
	site: FixtureSite,
	flow: Flow,
	cookie: string,
	password = "correct-horse",
): Promise<SiteResponse> {
	if (isJsonFlow(flow))
		return requestSite(site, {
			path: `${flowRoot(flow)}api/login`,
			method: "POST",
			cookie,
			json: { username: "alice", password },
		});
	return requestSite(site, {
		path: `${flowRoot(flow)}login`,
		method: "POST",
		cookie,
		form: { csrfmiddlewaretoken: "x", user: "alice", password },
	});
}

/** The Cookie header after a response: its Set-Cookies replace (or, with an empty value, drop) the old pairs. */
export function cookieAfter(cookie: string, res: SiteResponse): string {
	const jar = new Map(pairsOf(cookie));
	for (const [name, value] of pairsOf(cookieHeaderFrom(res.headers["set-cookie"]))) {
		if (value === "") jar.delete(name);
		else jar.set(name, value);
	}
	return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

function pairsOf(cookie: string): [string, string][] {
	return cookie
		.split("; ")
		.filter((pair) => pair.includes("="))
		.map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]);
}

export function cookieValue(cookie: string, name: string): string | undefined {
	return pairsOf(cookie).find(([n]) => n === name)?.[1];
}

export async function accountStatus(
	site: FixtureSite,
	flow: Flow,
	cookie: string,
): Promise<string | undefined> {
	const res = await requestSite(site, { path: `${flowRoot(flow)}account`, cookie });
	return res.body.match(/<p id="status">(.*?)<\/p>/)?.[1];
}
