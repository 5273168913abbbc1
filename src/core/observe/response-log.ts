/**
 * A bounded in-memory model of the responses observed per site (docs/design.md, "Version 2"):
 * each response's Set-Cookie headers evaluated with the jar's own rules for the running browser, and
 * whether it carried a valid HSTS header. Plain data, so the background can keep it in `storage.session`
 * (docs/design.md, "Privacy": observed headers hold values and never leave the browser session).
 */
import type { Cookie } from "../cookie.ts";
import { BROWSER_PROFILES, type BrowserProfile } from "../jar/browser-profiles.ts";
import type { BrowserVerdicts } from "../jar/browser-verdicts.ts";
import { evaluateSetCookie } from "../jar/evaluate-set-cookie.ts";
import type { RejectReason } from "../jar/reject-reason.ts";
import { parseRequestUrl } from "../jar/request-url.ts";
import { siteOf } from "../site/site-key.ts";
import { lastItems, pushBounded } from "./bounded-list.ts";
import { type HstsHeader, parseHsts } from "./parse-hsts.ts";
import { firstHeaderValue, type ObservedHeader, splitSetCookieHeaders } from "./split-set-cookie-headers.ts";

/** What one Set-Cookie of a response does, as evaluateSetCookie decides before looking at the jar. */
export type SetCookieOutcome =
	/**
	 * `sameSiteAttribute`: the raw SameSite value, when the header had one (for `samesite-invalid`);
	 * `browserDifference`: how the other browser would store it (for `browser-inconsistent`; set by
	 * redact-response.ts, from the masked header).
	 */
	| { status: "stored"; cookie: Cookie; sameSiteAttribute?: string; browserDifference?: string }
	/** The expiry is in the past (or Max-Age <= 0): the cookie of that identity is deleted. */
	| { status: "deleted"; cookie: Cookie }
	| { status: "rejected"; reason: RejectReason; message: string };

export interface ObservedSetCookie {
	header: string;
	outcome: SetCookieOutcome;
	/** For a refused header the other browser would store: what each does (redact-response.ts). */
	browsers?: BrowserVerdicts;
}

/** One observed response. */
export interface ObservedResponse {
	/** The URL without query or fragment (they may carry tokens; docs/design.md, "Version 2"). */
	url: string;
	host: string;
	method: string;
	status: number;
	/** Epoch milliseconds, as webRequest's `timeStamp`. */
	timeMs: number;
	setCookies: ObservedSetCookie[];
	/** The valid Strict-Transport-Security of an https response (RFC 6797 §8.1: ignored over http). */
	hsts: HstsHeader | null;
}

/** The subset of a webRequest `onResponseStarted` details object the log reads (MDN, webRequest). */
export interface ResponseDetails {
	url: string;
	method: string;
	statusCode: number;
	timeStamp: number;
	responseHeaders?: readonly ObservedHeader[];
}

export interface ResponseLog {
	/** Responses kept per site. */
	limit: number;
	bySite: Record<string, ObservedResponse[]>;
}

export const DEFAULT_RESPONSE_LIMIT = 200;

export function createResponseLog(limit = DEFAULT_RESPONSE_LIMIT): ResponseLog {
	return { limit, bySite: {} };
}

function outcomeOf(header: string, url: string, now: number, profile: BrowserProfile): SetCookieOutcome {
	const evaluation = evaluateSetCookie(header, url, now, BROWSER_PROFILES[profile]);
	if (evaluation.kind === "rejected") {
		return { status: "rejected", reason: evaluation.reason, message: evaluation.message };
	}
	if (evaluation.expired) return { status: "deleted", cookie: evaluation.cookie };
	const { sameSiteAttribute } = evaluation;
	return sameSiteAttribute === undefined
		? { status: "stored", cookie: evaluation.cookie }
		: { status: "stored", cookie: evaluation.cookie, sameSiteAttribute };
}

const withoutQuery = (url: string): string => url.replace(/[?#].*$/s, "");

/**
 * Evaluates and records one response under its site (the registrable domain of its host); returns the
 * record, or undefined for a URL that is not http(s) (nothing is recorded then).
 */
export function recordResponse(
	log: ResponseLog,
	details: ResponseDetails,
	profile: BrowserProfile,
): ObservedResponse | undefined {
	const response = observeResponse(details, profile);
	if (response) addResponse(log, response);
	return response;
}

/** One response evaluated, not recorded yet; undefined for a URL that is not http(s). */
export function observeResponse(
	details: ResponseDetails,
	profile: BrowserProfile,
): ObservedResponse | undefined {
	const request = parseRequestUrl(details.url);
	if (request === null) return undefined;
	const now = Math.floor(details.timeStamp / 1000);
	const headers = details.responseHeaders;
	const response: ObservedResponse = {
		url: withoutQuery(details.url),
		host: request.host,
		method: details.method,
		status: details.statusCode,
		timeMs: details.timeStamp,
		setCookies: splitSetCookieHeaders(headers, profile).map((header) => ({
			header,
			outcome: outcomeOf(header, details.url, now, profile),
		})),
		hsts:
			request.scheme === "https" ? parseHsts(firstHeaderValue(headers, "strict-transport-security")) : null,
	};
	return response;
}

/** Records a response under its site (the registrable domain of its host). */
export function addResponse(log: ResponseLog, response: ObservedResponse): void {
	const site = siteOf(response.host);
	const list = Object.hasOwn(log.bySite, site) ? log.bySite[site] : undefined;
	if (list) pushBounded(list, response, log.limit);
	else log.bySite[site] = [response];
}

/**
 * Whether recording the response would change nothing the log is read for (rejected headers, writers,
 * HSTS per host: set-by.ts): no Set-Cookie and no valid HSTS header, and either plain http (HSTS is not
 * read there) or a host the log already holds an https response of (a response without a valid header
 * leaves the host's policy as it was). A page polling an API then costs no storage write per poll.
 */
export function addsNothing(log: ResponseLog, response: ObservedResponse): boolean {
	if (response.setCookies.length > 0 || response.hsts !== null) return false;
	if (!response.url.startsWith("https:")) return true;
	const list = Object.hasOwn(log.bySite, siteOf(response.host))
		? log.bySite[siteOf(response.host)]
		: undefined;
	return (list ?? []).some((r) => r.host === response.host && r.url.startsWith("https:"));
}

/** The site's kept responses, oldest first. */
export function responsesOf(log: ResponseLog, site: string): readonly ObservedResponse[] {
	const list = Object.hasOwn(log.bySite, site) ? log.bySite[site] : undefined;
	return list ? lastItems(list, log.limit) : [];
}

/** Forgets a site's responses (the user cleared the site, or its last tab closed). */
export function clearResponses(log: ResponseLog, site: string): void {
	delete log.bySite[site];
}
