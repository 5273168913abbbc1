/**
 * A cookie jar with the storage model of RFC 6265bis §5.7 as Chromium or Firefox implement it: the
 * CLI applies every Set-Cookie of a run to one jar, in order, and audits what ends up stored.
 */
import type { AuditSubject, HeaderOrigin } from "../audit-input.ts";
import type { Cookie } from "../cookie.ts";
import { describeBrowserDifference, type KnownEvaluation } from "./browser-difference.ts";
import { BROWSER_PROFILES, type BrowserProfile } from "./browser-profiles.ts";
import { type CookieStore, createCookieStore } from "./cookie-store.ts";
import { type Evaluation, evaluateSetCookie } from "./evaluate-set-cookie.ts";
import { type RejectReason, reject } from "./reject-reason.ts";
import { inSendingOrder, isLive, isSentTo } from "./request-match.ts";
import { parseRequestUrl } from "./request-url.ts";
import { shadowsSecureCookie } from "./secure-shadowing.ts";

export { describeBrowserDifference } from "./browser-difference.ts";
export type { BrowserProfile } from "./browser-profiles.ts";
export type { RejectReason } from "./reject-reason.ts";

/** What one Set-Cookie did to the jar. */
export type StoreOutcome =
	/**
	 * The jar's own records, read-only: copy before changing them (subjects() gives copies). `evicted`,
	 * present only when not empty, lists the cookies this one pushed out because their site went over
	 * the browsers' limit (site-limit.ts): the oldest of that site, possibly this cookie itself.
	 */
	| {
			status: "stored";
			cookie: Readonly<Cookie>;
			origin: Readonly<HeaderOrigin>;
			evicted?: readonly Readonly<Cookie>[];
	  }
	/** The expiry was in the past or Max-Age <= 0: any cookie with that identity was removed. */
	| { status: "deleted"; name: string; domain: string; path: string; removed: boolean }
	| { status: "rejected"; reason: RejectReason; message: string };

export interface CookieJar {
	/** Applies one Set-Cookie header received from `url` at `now` (epoch seconds). Never throws. */
	setCookie(header: string, url: string, now: number): StoreOutcome;
	/** Every cookie still unexpired at `now`, with the header that stored it, in insertion order. */
	subjects(now: number): AuditSubject[];
	/** The cookies the browser would send to `url` at `now`, in the order it would send them. */
	cookiesFor(url: string, now: number): Cookie[];
}

export interface CookieJarOptions {
	/** Which browser's storage rules to apply; Chromium when absent. */
	profile?: BrowserProfile;
}

function originOf(header: string, url: string, now: number, known: KnownEvaluation): HeaderOrigin {
	const origin: HeaderOrigin = { setCookie: header, url };
	const { evaluation } = known;
	if (evaluation.kind === "cookie" && evaluation.sameSiteAttribute !== undefined)
		origin.sameSiteAttribute = evaluation.sameSiteAttribute;
	const difference = describeBrowserDifference(header, url, now, known);
	if (difference !== null) origin.browserDifference = difference;
	return origin;
}

const copyOf = (cookie: Cookie): Cookie => ({
	...cookie,
	partitionKey: cookie.partitionKey ? { ...cookie.partitionKey } : null,
});

type CookieEvaluation = Extract<Evaluation, { kind: "cookie" }>;

/** §5.7 steps 16 and 25-27: refuse shadowing a Secure cookie, then delete, replace or insert. */
function apply(
	store: CookieStore,
	profile: BrowserProfile,
	evaluation: CookieEvaluation,
	header: string,
	url: string,
	now: number,
): StoreOutcome {
	const { cookie } = evaluation;
	if (!evaluation.fromSecureOrigin && shadowsSecureCookie(cookie, store.named(cookie.name))) {
		const why = "it would overwrite or shadow a Secure cookie from an insecure origin";
		return { status: "rejected", ...reject("secure-from-insecure-origin", cookie.name, why) };
	}
	if (evaluation.expired) {
		const { name, domain, path } = cookie;
		return { status: "deleted", name, domain, path, removed: store.remove(cookie) };
	}
	const origin = originOf(header, url, now, { profile, evaluation });
	// A replacement keeps the old creation-time (§5.7 step 25): put keeps its place.
	const evicted = store.put({ cookie, header: origin });
	if (evicted.length === 0) return { status: "stored", cookie, origin };
	return { status: "stored", cookie, origin, evicted: evicted.map((s) => s.cookie) };
}

/**
 * A refusal that only one browser makes names what the other does (the report names the
 * difference under either --browser, not only where a cookie is stored and the rule can fire).
 */
function refusalMessage(
	known: KnownEvaluation & { evaluation: { message: string } },
	header: string,
	url: string,
	now: number,
): string {
	const { evaluation } = known;
	const difference = describeBrowserDifference(header, url, now, known);
	return difference === null ? evaluation.message : `${evaluation.message} Browsers differ: ${difference}.`;
}

/** Creates an empty jar for one browser profile (Chromium by default). */
export function createCookieJar(options: CookieJarOptions = {}): CookieJar {
	const profile = options.profile ?? "chromium";
	const rules = BROWSER_PROFILES[profile];
	if (rules === undefined) throw new RangeError(`Unknown browser profile ${JSON.stringify(profile)}`);
	// Insertion order is creation order: subjects and cookiesFor rely on it.
	const store = createCookieStore();
	return {
		setCookie(header, url, now) {
			store.evictExpired(now);
			const evaluation = evaluateSetCookie(header, url, now, rules);
			if (evaluation.kind === "cookie") return apply(store, profile, evaluation, header, url, now);
			return {
				status: "rejected",
				reason: evaluation.reason,
				message: refusalMessage({ profile, evaluation }, header, url, now),
			};
		},
		subjects: (now) =>
			[...store.values()]
				.filter((s) => isLive(s.cookie, now))
				.map((s) => ({ cookie: copyOf(s.cookie), ...(s.header ? { header: { ...s.header } } : {}) })),
		cookiesFor(url, now) {
			const request = parseRequestUrl(url);
			if (request === null) return [];
			const sent = [...store.values()]
				.map((s) => s.cookie)
				.filter((c) => isLive(c, now) && isSentTo(c, request));
			return inSendingOrder(sent).map(copyOf);
		},
	};
}
