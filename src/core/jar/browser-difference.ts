/**
 * Runs one header through both browser profiles and says, in plain words, how their outcomes differ.
 * Feeds the `browser-inconsistent` rule through HeaderOrigin.browserDifference.
 */
import type { Cookie } from "../cookie.ts";
import { BROWSER_PROFILES, type BrowserProfile, profilesCanDiffer } from "./browser-profiles.ts";
import { type Evaluation, evaluateSetCookie } from "./evaluate-set-cookie.ts";

const MAX_QUOTED = 60;
const quote = (text: string): string =>
	JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);

const COMPARED: readonly (keyof Cookie)[] = [
	"domain",
	"hostOnly",
	"path",
	"secure",
	"httpOnly",
	"sameSite",
	"session",
	"expirationDate",
	"partitionKey",
];

/** A field as its JSON would show it (undefined, NaN and infinities as null; objects by their JSON). */
function comparable(value: unknown): unknown {
	if (value === undefined || value === null) return null;
	if (typeof value === "number") return Number.isFinite(value) ? value : null;
	return typeof value === "object" ? JSON.stringify(value) : value;
}

/**
 * The same outcome as far as a rule or a user would notice: stored, deleted or refused alike, and the
 * same name, value and compared attributes. Field by field, not by building a JSON key for each
 * outcome: the CLI compares every header of a HAR (`npm run bench`).
 */
function sameOutcome(a: Evaluation, b: Evaluation): boolean {
	// Refused by both is the same outcome (nothing stored) even when the reasons are worded differently.
	if (a.kind === "rejected" || b.kind === "rejected") return a.kind === b.kind;
	const [x, y] = [a.cookie, b.cookie];
	if (a.expired !== b.expired || x.name !== y.name || x.value !== y.value) return false;
	return COMPARED.every((k) => comparable(x[k]) === comparable(y[k]));
}

function namedCookie(c: Cookie): string {
	const value = c.value === "" ? "an empty value" : `value ${quote(c.value)}`;
	return c.name === "" ? `a nameless cookie with ${value}` : `a cookie named ${quote(c.name)} with ${value}`;
}

/** The attributes that differ from the other profile's cookie, when name and value agree. */
function attributeDetails(c: Cookie, other: Evaluation): string {
	if (other.kind !== "cookie" || other.cookie.name !== c.name || other.cookie.value !== c.value) return "";
	const differing = COMPARED.filter((k) => JSON.stringify(c[k]) !== JSON.stringify(other.cookie[k]));
	return differing.map((k) => `, ${k} ${JSON.stringify(c[k] ?? null)}`).join("");
}

function describe(e: Evaluation, other: Evaluation): string {
	if (e.kind === "rejected") return `refuses it (${e.reason})`;
	if (e.expired)
		return `deletes ${e.cookie.name === "" ? "the nameless cookie" : `cookie ${quote(e.cookie.name)}`}`;
	return `stores ${namedCookie(e.cookie)}${attributeDetails(e.cookie, other)}`;
}

/** One profile's evaluation of the same header, URL and time, which the caller already has. */
export interface KnownEvaluation {
	profile: BrowserProfile;
	evaluation: Evaluation;
}

/**
 * How Chromium and Firefox differ on this header from this URL, e.g. `Chromium stores a nameless
 * cookie with value "foo"; Firefox stores a cookie named "foo" with an empty value`; null when they
 * store, delete or refuse it alike. Profile rules do not depend on time; `now` (epoch seconds) only
 * decides whether an Expires lies in the past, identically for both. A jar passes the evaluation it made
 * with its own profile (`known`), so the header is parsed once more instead of twice (`npm run bench`).
 */
export function describeBrowserDifference(
	header: string,
	url: string,
	now = 0,
	known?: KnownEvaluation,
): string | null {
	// Checked first: nearly every header is one the profiles treat alike, and needs no closure either.
	if (!profilesCanDiffer(header)) return null;
	const evaluate = (profile: BrowserProfile) =>
		known?.profile === profile
			? known.evaluation
			: evaluateSetCookie(header, url, now, BROWSER_PROFILES[profile]);
	const chromium = evaluate("chromium");
	const firefox = evaluate("firefox");
	if (sameOutcome(chromium, firefox)) return null;
	const { chromium: c, firefox: f } = BROWSER_PROFILES;
	return `${c.label} ${describe(chromium, firefox)}; ${f.label} ${describe(firefox, chromium)}`;
}
