/**
 * The sign-ins the extension saw, as kept in `storage.session` with the timeline (docs/privacy.md): a
 * request that carried a password field (its field's name, never its value) or the user's sign-in test.
 * Once its window has settled, each keeps what it did to every cookie of the site (sign-in-outcome.ts),
 * so later events, or a timeline that has moved on, cannot change the verdict.
 */
import type { SignInFact } from "../audit-input.ts";
import { type CookieIdentity, identityKey } from "../cookie.ts";
import type { TimelineEvent } from "../observe/timeline.ts";
import type { Role } from "../report.ts";
import { urlPath } from "../site/url-path.ts";
import { concerningRequest } from "./sent-with-sign-in.ts";
import type { CookieAtSignIn } from "./sign-in-outcome.ts";
import { isFailureTarget, type SignInResult } from "./sign-in-result.ts";
import { outcomesFromTimeline } from "./timeline-at-sign-in.ts";

/** How long after a sign-in's response its cookies may still change: its redirect, a script's write. */
export const SETTLE_MS = 3_000;
/** Sign-ins kept: the latest decide. */
export const SIGN_IN_LIMIT = 20;

export interface SignInRequest {
	requestId: string;
	method: string;
	/** Without query or fragment. */
	url: string;
	/** The password field's name. */
	field: string;
	/** Sent by a page script (fetch, XHR), not a form navigation. */
	fromScript: boolean;
	/** The page the request came from, when the browser says (Firefox's documentUrl). */
	pageUrl?: string;
	/** The response's status and Location, once it came. */
	status?: number;
	location?: string;
	/** The response carried a Set-Cookie. */
	setCookie?: boolean;
	/** The tab the request came from, when it came from one. */
	tabId?: number;
	/** A script's sign-in: its tab went on to another page within the window (awaitsNavigation). */
	navigated?: boolean;
}

export interface SignInRecord {
	id: string;
	site: string;
	storeId?: string;
	/** Epoch milliseconds: the request left, or the test began. */
	startMs: number;
	source: "password-field" | "test";
	request?: SignInRequest;
	/** The window's end: the response plus SETTLE_MS, or when the user finished the test. */
	endMs?: number;
	result?: SignInResult;
	/** Once settled (succeeded sign-ins only). */
	outcomes?: CookieAtSignIn[];
	/** A test's cookies' roles when it began, by identity key: a cookie that ended has no role after. */
	roles?: Record<string, Role>;
}

/** `POST /login 303`, or "the sign-in test". */
export function signInBy(record: SignInRecord): string {
	const request = record.request;
	if (record.source === "test" || !request) return "the sign-in test";
	return `${request.method} ${urlPath(request.url)}${request.status === undefined ? "" : ` ${request.status}`}`;
}

/**
 * A script's 2xx has the same headers whether the password was right or not (a JSON API may answer
 * 200 `{"ok": false}`); what the page does next tells: a sign-in that worked moves on to another page
 * (`location.assign`, a reload), one that failed stays and shows its error. So such a sign-in counts only
 * once its tab loaded a page other than the form's within the window (`navigated`).
 */
export function awaitsNavigation(record: SignInRecord): boolean {
	const request = record.request;
	if (record.source === "test" || !request?.fromScript) return false;
	const status = request.status ?? 0;
	return status >= 200 && status < 300;
}

/** A page the sign-in's tab loaded: confirms a script's sign-in unless it leads back or says it failed. */
export function noteNavigation(
	record: SignInRecord,
	page: { tabId: number; url: string; timeMs: number },
): boolean {
	const request = record.request;
	if (!request || !awaitsNavigation(record) || request.navigated || request.tabId !== page.tabId)
		return false;
	if (record.endMs === undefined || page.timeMs < record.startMs || page.timeMs > record.endMs) return false;
	let target: URL;
	try {
		target = new URL(page.url);
	} catch {
		return false;
	}
	if (isFailureTarget(target, request)) return false;
	request.navigated = true;
	return true;
}

/** Adds a record, dropping the oldest beyond SIGN_IN_LIMIT. */
export function addSignIn(records: SignInRecord[], record: SignInRecord): void {
	records.push(record);
	if (records.length > SIGN_IN_LIMIT) records.splice(0, records.length - SIGN_IN_LIMIT);
}

/** Whether the record's window has closed and it still needs its outcomes. */
export function isDue(record: SignInRecord, nowMs: number): boolean {
	return (
		record.outcomes === undefined &&
		record.result === "succeeded" &&
		record.endMs !== undefined &&
		record.endMs <= nowMs
	);
}

/** Settles a due record from the site's timeline events and the site's cookies now. */
export function settleSignIn(
	record: SignInRecord,
	events: readonly TimelineEvent[],
	jar: readonly CookieIdentity[],
): void {
	if (record.endMs === undefined) return;
	if (awaitsNavigation(record) && !record.request?.navigated) {
		record.result = "unclear";
		return;
	}
	const window = {
		startMs: record.startMs,
		endMs: record.endMs,
		...(record.storeId === undefined ? {} : { storeId: record.storeId }),
	};
	const outcomes = outcomesFromTimeline(events, window, jar);
	record.outcomes = record.request ? concerningRequest(outcomes, record.request.url) : outcomes;
}

/**
 * Each cookie's fact from the latest settled sign-in that saw it, by identity key (the store is part of
 * it). `kept`, `renewed` and `new` only: an ended cookie is no longer in the jar.
 */
export function signInFacts(records: readonly SignInRecord[]): Map<string, SignInFact> {
	const facts = new Map<string, SignInFact>();
	const settled = records.filter((r) => r.outcomes !== undefined).sort((a, b) => a.startMs - b.startMs);
	for (const record of settled) {
		for (const { cookie, outcome } of record.outcomes ?? []) {
			if (outcome === "ended") continue;
			const fact: SignInFact = { id: record.id, outcome, timeMs: record.startMs, by: signInBy(record) };
			facts.set(identityKey(cookie), fact);
		}
	}
	return facts;
}
